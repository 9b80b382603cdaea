import type { Layer, PickingInfo } from "@deck.gl/core";
import { MapLibreOverlay } from "@deck.gl/maplibre";
import { type LngLatBoundsLike, Map as MapLibreMap, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import { useEffect, useRef, useState } from "react";
import type { Atlas } from "../../core/atlas/prepareAtlas";
import { offlineBaseMapStyle, remoteBaseMapStyleUrl } from "./baseMapStyle";

setWorkerUrl(workerUrl);

export interface AtlasMapProps {
  atlas: Atlas;
  layers: Layer[];
  /** Bounds to fly to when they change (e.g. the selected country). */
  focusBounds: [number, number, number, number] | null;
  label: string;
  onHover: (info: PickingInfo) => void;
  onClick: (info: PickingInfo) => void;
  onWebglUnavailable: (reason: string) => void;
  /** Called once the base map has drawn for the first time. */
  onReady?: (map: MapLibreMap) => void;
}

const WORLD: LngLatBoundsLike = [
  [-180, -56],
  [180, 78],
];

declare global {
  interface Window {
    /** The map instance, for browser tests and the console (projecting coordinates to pixels). */
    atlasMap?: MapLibreMap;
  }
}

/** The map: MapLibre draws the offline base map, deck.gl draws the atlas's layers over it. */
export function AtlasMap(props: AtlasMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const overlayRef = useRef<MapLibreOverlay | null>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const [ready, setReady] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is created once per atlas
  useEffect(() => {
    if (!container.current) return;
    let map: MapLibreMap;
    try {
      const remote = remoteBaseMapStyleUrl();
      const offline = offlineBaseMapStyle(props.atlas);
      map = new MapLibreMap({
        container: container.current,
        style: remote ?? offline,
        bounds: WORLD,
        renderWorldCopies: false,
        attributionControl: { compact: true, customAttribution: "Shapes: Natural Earth" },
        canvasContextAttributes: { preserveDrawingBuffer: true },
      });
      if (remote) map.once("style.load", () => addAtlasLayers(map, offline));
    } catch (error) {
      handlers.current.onWebglUnavailable(error instanceof Error ? error.message : String(error));
      return;
    }
    map.getCanvas().setAttribute("aria-label", props.label);
    const overlay = new MapLibreOverlay({
      interleaved: false,
      layers: [],
      onHover: (info) => handlers.current.onHover(info),
      onClick: (info) => handlers.current.onClick(info),
      getCursor: ({ isHovering }) => (isHovering ? "pointer" : "grab"),
    });
    map.addControl(overlay);
    map.once("idle", () => {
      setReady(true);
      handlers.current.onReady?.(map);
    });
    mapRef.current = map;
    overlayRef.current = overlay;
    window.atlasMap = map;
    return () => {
      map.remove();
      mapRef.current = null;
      overlayRef.current = null;
    };
  }, [props.atlas]);

  useEffect(() => {
    overlayRef.current?.setProps({ layers: props.layers });
  }, [props.layers]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready || !props.focusBounds) return;
    const [west, south, east, north] = props.focusBounds;
    map.fitBounds(
      [
        [west, south],
        [east, north],
      ],
      { padding: 80, maxZoom: 6, duration: 900 },
    );
  }, [props.focusBounds, ready]);

  return <div ref={container} className="atlas-map" data-ready={ready ? "true" : "false"} />;
}

function addAtlasLayers(map: MapLibreMap, offline: ReturnType<typeof offlineBaseMapStyle>) {
  for (const [id, source] of Object.entries(offline.sources)) map.addSource(id, source);
  for (const layer of offline.layers) if (layer.type !== "background") map.addLayer(layer);
}
