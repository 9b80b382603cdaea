import type { MapLibreOverlay } from "@deck.gl/maplibre";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useRef, useState } from "react";
import type { Atlas } from "../../core/atlas/prepareAtlas";
import type { ItuRegion } from "../../core/geography/types";
import type { Camera } from "../../core/url/viewState";
import type { CountryFills } from "../../core/view/countryFills";
import type { MapLabel } from "../../core/view/viewModel";
import { useTranslate } from "../i18n";
import { usePendingParts } from "../state/pendingParts";
import { swatchHex } from "../theme/palette";
import { BASE_LAYERS, countryFeature } from "./baseMapStyle";
import { createAtlasMap } from "./createAtlasMap";
import { fitFocus } from "./fitFocus";
import { followHomeCamera } from "./homeCamera";
import { MapLabels } from "./MapLabels";
import { answerPointer, type MapPick } from "./mapPointer";
import { type DeckPick, type MapLayerInput, useDeckOverlay } from "./useDeckOverlay";
import { useMapLines } from "./useMapLines";

export type { MapPick };

export interface AtlasMapProps {
  atlas: Atlas;
  /** What the deck.gl layers are made from (they are built once deck.gl has loaded). */
  layerInput: MapLayerInput;
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
  /**
   * The address records a camera (any view but the whole world). When it stops recording one with
   * nothing chosen (the "Whole map" link, Back to an address without one), the map flies home. A
   * panel closed while the map still flies to its country (the camera not recorded yet) moves
   * nothing.
   */
  addressHasCamera: boolean;
  /** After the map stops moving: the camera, or null when it shows the whole world again. */
  onCameraChange: (camera: Camera | null) => void;
  /**
   * Called once the map exists, with the deck.gl overlay to come (exports read both canvases): it
   * resolves once the overlay has loaded and been given its layers (null if it could not load).
   */
  onMap?: (map: MapLibreMap, overlay: Promise<MapLibreOverlay | null>) => void;
  /**
   * A key of what the map should show (the view, without the camera). Once a frame with it has been
   * drawn, the map is idle and no part of the page is loading (the symbols, a lazily loaded view, a
   * language), the element's `data-drawn-view` equals its `data-view`: browser tests wait for that
   * instead of the clock.
   */
  viewKey: string;
}

declare global {
  interface Window {
    /** The map instance, for browser tests and the console (projecting coordinates to pixels). */
    atlasMap?: MapLibreMap;
  }
}

/**
 * The map: MapLibre draws the offline base map (country fills, borders, regions, from vector tiles
 * cut at build time) and the lines (partnership arcs, the gaps view's line), deck.gl draws the
 * atlas's symbols and markers over it. The base map comes
 * first; deck.gl is loaded once it has drawn the countries (useDeckOverlay), and until then the map
 * corner says the symbols are loading.
 */
export function AtlasMap(props: AtlasMapProps) {
  const t = useTranslate();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const [ready, setReady] = useState(false);
  // The base map has drawn its first fills: time for deck.gl.
  const [baseDrawn, setBaseDrawn] = useState(false);
  const [mapForLabels, setMapForLabels] = useState<MapLibreMap | null>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const pendingView = useRef(props.viewKey);
  // Flies home (followHomeCamera), once the map has been idle.
  const flyHome = useRef(() => {});
  // The fill each country was last given on this map: a new window sets only the fills that change.
  const fillsOnMap = useRef(new Map<string, string | null>());
  // The base map has been idle once with its first fills (it is hidden until then): no view of the
  // page counts as drawn before, whatever else is ready.
  const fillsShown = useRef(false);
  const parts = usePendingParts();
  // Picks from deck.gl once it is there; the base map's own pointer events until then.
  const deckEvents = useRef({
    onHover: (_pick: DeckPick) => {},
    onClick: (_pick: DeckPick) => {},
  });
  const { deck, status } = useDeckOverlay(mapForLabels, baseDrawn, props.layerInput, deckEvents);
  // The lines come with deck.gl's overlay (or without it, if it could not load): one frame for both.
  const linesDue = deck !== null || status.kind === "failed";
  useMapLines(mapForLabels, linesDue, props.layerInput[0], props.layerInput[1]);
  // The overlay once added (the pointer switches to it), and once drawn with its symbols (exports).
  const overlayAdded = useRef(promised<MapLibreOverlay | null>());
  const overlayReady = useRef(promised<MapLibreOverlay | null>());

  // The map is created once per geography; a new language (a localized atlas) does not recreate it.
  const places = props.atlas.data.places;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is created once per geography
  useEffect(() => {
    if (!container.current) return;
    let map: MapLibreMap;
    try {
      map = createAtlasMap(container.current, props.initialCamera, props.attribution);
    } catch (error) {
      handlers.current.onWebglUnavailable(error instanceof Error ? error.message : String(error));
      return;
    }
    map.getCanvas().setAttribute("aria-label", props.label);
    map.getCanvas().setAttribute("aria-describedby", "map-keyboard-help");
    deckEvents.current = answerPointer(
      map,
      {
        onHover: (pick) => handlers.current.onHover(pick),
        onClick: (pick) => handlers.current.onClick(pick),
        arcOf: (id) => handlers.current.atlas.partnerArcs[id],
      },
      overlayAdded.current.promise,
    );
    // Drawn: the map went idle, deck.gl has had its next frame after the latest view change, and no
    // part of the page is still loading.
    map.on("idle", () => {
      const wanted = pendingView.current;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (!map.isMoving() && frameRef.current && parts.count === 0 && fillsShown.current) {
            frameRef.current.dataset.drawnView = wanted;
            // The first view, symbols included, is on screen (read by npm run bench:browser).
            markOnce("atlas:drawn");
          }
        }),
      );
    });
    // When the last loading part arrives, the next idle reports the view drawn.
    const unsubscribe = parts.subscribe(() => {
      if (parts.count === 0) map.triggerRepaint();
    });
    setMapForLabels(map);
    map.once("idle", () => {
      flyHome.current = followHomeCamera(
        map,
        !props.initialCamera && !props.focusBounds,
        (camera) => handlers.current.onCameraChange(camera),
      );
      setReady(true);
    });
    handlers.current.onMap?.(map, overlayReady.current.promise);
    mapRef.current = map;
    fillsOnMap.current = new Map<string, string | null>();
    window.atlasMap = map;
    return () => {
      unsubscribe();
      map.remove();
      mapRef.current = null;
      overlayAdded.current = promised();
      overlayReady.current = promised();
    };
  }, [places]);

  // The overlay is added (the pointer goes to it), then drawn with every layer loaded (exports use it).
  // If deck.gl could not be loaded, an image is made of the base map alone.
  useEffect(() => {
    if (deck) overlayAdded.current.resolve(deck.overlay);
    if (deck && status.kind === "ready") overlayReady.current.resolve(deck.overlay);
    else if (status.kind === "failed") {
      overlayAdded.current.resolve(null);
      overlayReady.current.resolve(null);
    }
  }, [deck, status.kind]);

  // Choropleth colours are feature-state: changing the window repaints, it does not reload data.
  // Only the countries whose fill changes are set: MapLibre re-colours (and re-uploads) every
  // country it is given, changed or not, which made each slider step's frame heavier.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    // Feature-state is kept per id, so countries in tiles not loaded yet get their fill on arrival.
    for (const { iso3 } of props.atlas.data.countries) {
      const fill = fillHexOf(props.countryFills, iso3);
      if (fillsOnMap.current.get(iso3) === fill) continue;
      map.setFeatureState(countryFeature(iso3), { fill });
      fillsOnMap.current.set(iso3, fill);
    }
    // The base map stays hidden until its first fills are set: no flash of region tints under a
    // per-country legend while the map loads.
    if (container.current && container.current.style.opacity !== "1") {
      container.current.style.opacity = "1";
      map.once("idle", () => {
        fillsShown.current = true;
        markOnce("atlas:base-map-idle");
        setBaseDrawn(true);
      });
    }
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
    fitFocus(map, props.focusBounds, firstFit.current ? 0 : 900);
    firstFit.current = false;
  }, [props.focusBounds, ready]);

  const hadCamera = useRef(props.addressHasCamera);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    if (hadCamera.current && !props.addressHasCamera && !props.focusBounds) flyHome.current();
    hadCamera.current = props.addressHasCamera;
  }, [props.addressHasCamera, props.focusBounds, ready]);

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
      data-symbols={status.kind}
      data-view={props.viewKey}
      style={props.hidden ? { visibility: "hidden" } : undefined}
    >
      <div ref={container} className="atlas-map-canvas" style={{ opacity: 0 }} />
      {ready && <MapLabels map={mapForLabels} labels={props.labels} />}
      {ready && status.kind !== "ready" && (
        <p className="map-status" role="status">
          {status.kind === "loading"
            ? t("loading.symbols")
            : t("app.partError", { reason: status.reason })}
        </p>
      )}
    </div>
  );
}

function markOnce(name: string) {
  if (performance.getEntriesByName(name, "mark").length === 0) performance.mark(name);
}

function fillHexOf(fills: CountryFills | null, iso3: string): string | null {
  const key = fills?.get(iso3);
  return key ? swatchHex(key) : null;
}

/** A promise with its resolve function, for the overlay that arrives after the map. */
function promised<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
