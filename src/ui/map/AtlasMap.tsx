import type { Layer, PickingInfo } from "@deck.gl/core";
import { MapLibreOverlay } from "@deck.gl/maplibre";
import {
  LngLat,
  type LngLatBoundsLike,
  type LngLatLike,
  Map as MapLibreMap,
  setWorkerUrl,
} from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import { useEffect, useRef, useState } from "react";
import type { Atlas } from "../../core/atlas/prepareAtlas";
import type { ItuRegion } from "../../core/geography/types";
import type { Camera } from "../../core/url/viewState";
import type { CountryFills } from "../../core/view/countryFills";
import type { MapLabel } from "../../core/view/viewModel";
import { swatchHex } from "../theme/palette";
import {
  BASE_LAYERS,
  BASE_SOURCE,
  COUNTRIES_LAYER,
  offlineBaseMapStyle,
  remoteBaseMapStyleUrl,
} from "./baseMapStyle";
import { MapLabels } from "./MapLabels";

setWorkerUrl(workerUrl);

/** What the pointer is on: a deck.gl object if any, else the base map's country under it. */
export interface MapPick {
  info: PickingInfo;
  /** Alpha-3 of the base-map country under the pointer, when no deck.gl object was hit. */
  baseCountry: string | null;
}

export interface AtlasMapProps {
  atlas: Atlas;
  layers: Layer[];
  /** Region names and counts, the selected country's name. */
  labels: MapLabel[];
  /** Each country's fill (countries and gaps views), or null to show region tints. */
  countryFills: CountryFills | null;
  selectedCountry: string | null;
  selectedRegion: ItuRegion | null;
  /** Bounds to fly to when they change (e.g. the selected country). */
  focusBounds: [number, number, number, number] | null;
  label: string;
  /** Credit line for the shapes, in the interface language. */
  attribution: string;
  onHover: (pick: MapPick) => void;
  onClick: (pick: MapPick) => void;
  onWebglUnavailable: (reason: string) => void;
  /** Kept alive but hidden while the table is shown, so switching back is instant. */
  hidden?: boolean;
  /** Where to look at first (from a link); null shows the whole world. */
  initialCamera: Camera | null;
  /** After the map stops moving: the camera, or null when it shows the whole world again. */
  onCameraChange: (camera: Camera | null) => void;
  /** Called once the map and its deck.gl overlay exist (exports read their canvases). */
  onMap?: (map: MapLibreMap, overlay: MapLibreOverlay) => void;
  /**
   * A key of what the map should show (the view, without the camera). Once a frame with it has been
   * drawn and the map is idle, the element's `data-drawn-view` equals its `data-view`: browser tests
   * wait for that instead of the clock.
   */
  viewKey: string;
}

export const WORLD_BOUNDS: LngLatBoundsLike = [
  [-180, -56],
  [180, 78],
];

declare global {
  interface Window {
    /** The map instance, for browser tests and the console (projecting coordinates to pixels). */
    atlasMap?: MapLibreMap;
  }
}

/**
 * The map: MapLibre draws the offline base map (country fills, borders, regions, from vector tiles
 * cut at build time), deck.gl draws the atlas's symbols, arcs and labels over it.
 */
export function AtlasMap(props: AtlasMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const overlayRef = useRef<MapLibreOverlay | null>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const [ready, setReady] = useState(false);
  const [mapForLabels, setMapForLabels] = useState<MapLibreMap | null>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const pendingView = useRef(props.viewKey);

  // The map is created once per geography; a new language (a localized atlas) does not recreate it.
  const places = props.atlas.data.places;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is created once per geography
  useEffect(() => {
    if (!container.current) return;
    let map: MapLibreMap;
    try {
      const remote = remoteBaseMapStyleUrl();
      const offline = offlineBaseMapStyle(document.baseURI);
      map = new MapLibreMap({
        container: container.current,
        style: remote ?? offline,
        ...(props.initialCamera
          ? {
              center: [props.initialCamera.lng, props.initialCamera.lat] as [number, number],
              zoom: props.initialCamera.zoom,
            }
          : { bounds: WORLD_BOUNDS }),
        renderWorldCopies: false,
        attributionControl: { compact: true, customAttribution: props.attribution },
        canvasContextAttributes: { preserveDrawingBuffer: true },
      });
      if (remote) map.once("style.load", () => addAtlasLayers(map, offline));
    } catch (error) {
      handlers.current.onWebglUnavailable(error instanceof Error ? error.message : String(error));
      return;
    }
    map.getCanvas().setAttribute("aria-label", props.label);
    map.getCanvas().setAttribute("aria-describedby", "map-keyboard-help");
    let hovered: string | null = null;
    const setHovered = (iso3: string | null) => {
      if (hovered === iso3) return;
      if (hovered) map.setFeatureState(countryFeature(hovered), { hover: false });
      if (iso3) map.setFeatureState(countryFeature(iso3), { hover: true });
      hovered = iso3;
    };
    const baseCountryAt = (info: PickingInfo): string | null => {
      if (info.object || !map.getLayer(BASE_LAYERS.countryFill)) return null;
      const feature = map.queryRenderedFeatures([info.x, info.y], {
        layers: [BASE_LAYERS.countryFill],
      })[0];
      return (feature?.properties?.iso3 as string | undefined) ?? null;
    };
    const overlay = new MapLibreOverlay({
      interleaved: false,
      layers: [],
      onHover: (info) => {
        const baseCountry = baseCountryAt(info);
        setHovered(baseCountry);
        handlers.current.onHover({ info, baseCountry });
      },
      onClick: (info) => handlers.current.onClick({ info, baseCountry: baseCountryAt(info) }),
      getCursor: ({ isHovering }) => (isHovering ? "pointer" : "grab"),
    });
    map.addControl(overlay);
    map.on("mouseout", () => setHovered(null));
    // Drawn: the map went idle and deck.gl has had its next frame after the latest view change.
    map.on("idle", () => {
      const wanted = pendingView.current;
      const filled = container.current?.style.opacity === "1";
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (map.isMoving() || !frameRef.current) return;
          frameRef.current.dataset.drawnView = wanted;
          // The first view, fills included, is on screen (read by npm run bench:browser).
          if (filled) markOnce("atlas:drawn");
        }),
      );
    });
    setMapForLabels(map);
    map.once("idle", () => {
      markOnce("atlas:base-map-idle");
      // "Home" is the whole-world view this frame size gets; a link records any other camera. When
      // the frame changes size (a rotated phone, a panel opening) while at home, home is fitted again.
      const homeOf = () => {
        const home = map.cameraForBounds(WORLD_BOUNDS);
        return {
          zoom: home?.zoom ?? map.getZoom(),
          centre: maplibreLngLat(home?.center) ?? map.getCenter(),
        };
      };
      let home = homeOf();
      const isHome = () =>
        Math.abs(map.getZoom() - home.zoom) < 0.05 &&
        Math.abs(map.getCenter().lng - home.centre.lng) < 1 &&
        Math.abs(map.getCenter().lat - home.centre.lat) < 1;
      let atHome = !props.initialCamera && !props.focusBounds;
      if (atHome && !isHome()) map.fitBounds(WORLD_BOUNDS, { duration: 0 });
      map.on("resize", () => {
        home = homeOf();
        if (atHome) map.fitBounds(WORLD_BOUNDS, { duration: 0 });
      });
      map.on("moveend", () => {
        atHome = isHome();
        const centre = map.getCenter();
        handlers.current.onCameraChange(
          atHome ? null : { lng: centre.lng, lat: centre.lat, zoom: map.getZoom() },
        );
      });
      setReady(true);
    });
    handlers.current.onMap?.(map, overlay);
    mapRef.current = map;
    overlayRef.current = overlay;
    window.atlasMap = map;
    return () => {
      map.remove();
      mapRef.current = null;
      overlayRef.current = null;
    };
  }, [places]);

  useEffect(() => {
    overlayRef.current?.setProps({ layers: props.layers });
  }, [props.layers]);

  // Choropleth colours are feature-state: changing the window repaints, it does not reload data.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    // Feature-state is kept per id, so countries in tiles not loaded yet get their fill on arrival.
    for (const { iso3 } of props.atlas.data.countries)
      map.setFeatureState(countryFeature(iso3), { fill: fillHexOf(props.countryFills, iso3) });
    // The base map stays hidden until its first fills are set: no flash of region tints under a
    // per-country legend while the map loads.
    if (container.current) container.current.style.opacity = "1";
  }, [props.countryFills, props.atlas, ready]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    map.setFilter(BASE_LAYERS.countrySelected, [
      "==",
      ["get", "iso3"],
      props.selectedCountry ?? "",
    ]);
    map.setFilter(BASE_LAYERS.regionSelected, [
      "==",
      ["get", "region"],
      props.selectedRegion ?? "",
    ]);
    map.setPaintProperty(BASE_LAYERS.regionOutline, "line-width", props.countryFills ? 1.2 : 2);
  }, [props.selectedCountry, props.selectedRegion, props.countryFills, ready]);

  // A link with a camera shows that camera first, not the selected country's bounds.
  const skipFirstFocus = useRef(props.initialCamera !== null);
  // The first fit (a link that names a country or region) jumps; later ones fly.
  const firstFit = useRef(true);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready || !props.focusBounds) return;
    if (skipFirstFocus.current) {
      skipFirstFocus.current = false;
      return;
    }
    const [west, south, east, north] = props.focusBounds;
    map.fitBounds(
      [
        [west, south],
        [east, north],
      ],
      // Padding in proportion to the map, so a small embed still fits the whole region.
      { padding: fitPadding(map), maxZoom: 6, duration: firstFit.current ? 0 : 900 },
    );
    firstFit.current = false;
  }, [props.focusBounds, ready]);

  useEffect(() => {
    mapRef.current?.getCanvas().setAttribute("aria-label", props.label);
  }, [props.label]);

  // A new view: once its frame is drawn, the idle handler above marks it as drawn.
  useEffect(() => {
    pendingView.current = props.viewKey;
    mapRef.current?.triggerRepaint();
  }, [props.viewKey]);

  return (
    <div
      ref={frameRef}
      className="atlas-map"
      data-ready={ready ? "true" : "false"}
      data-view={props.viewKey}
      style={props.hidden ? { visibility: "hidden" } : undefined}
    >
      <div ref={container} className="atlas-map-canvas" style={{ opacity: 0 }} />
      {ready && <MapLabels map={mapForLabels} labels={props.labels} />}
    </div>
  );
}

/** A country's feature in the base map's vector tiles (its id is its ISO code). */
function countryFeature(iso3: string) {
  return { source: BASE_SOURCE, sourceLayer: COUNTRIES_LAYER, id: iso3 };
}

function markOnce(name: string) {
  if (performance.getEntriesByName(name, "mark").length === 0) performance.mark(name);
}

function fitPadding(map: MapLibreMap): number {
  const { clientWidth, clientHeight } = map.getContainer();
  return Math.round(Math.min(60, 0.08 * Math.min(clientWidth, clientHeight)));
}

function fillHexOf(fills: CountryFills | null, iso3: string): string | null {
  const key = fills?.get(iso3);
  return key ? swatchHex(key) : null;
}

function maplibreLngLat(value: LngLatLike | undefined): { lng: number; lat: number } | null {
  if (!value) return null;
  return LngLat.convert(value);
}

function addAtlasLayers(map: MapLibreMap, offline: ReturnType<typeof offlineBaseMapStyle>) {
  for (const [id, source] of Object.entries(offline.sources)) map.addSource(id, source);
  for (const layer of offline.layers) if (layer.type !== "background") map.addLayer(layer);
}
