import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useRef, useState } from "react";
import type { Atlas } from "../../core/atlas/prepareAtlas";
import { arcFeature, LINE_SOURCES, mapLineStyle } from "./baseMapStyle";
import type { MapLayerModel } from "./mapLayers";
import { gapLineFeatures, partnerArcFeatures, shownArcs } from "./mapLines";

/**
 * The map's lines: added when `due` (AtlasMap: as deck.gl's overlay is attached), under deck.gl's
 * symbols, then kept in step with the view: each partnership arc's `shown` state (only the arcs
 * that change are set, as for the fills) and the gaps view's line.
 */
export function useMapLines(
  map: MapLibreMap | null,
  due: boolean,
  atlas: Atlas,
  model: MapLayerModel,
): void {
  const shownOnMap = useRef<boolean[]>([]);
  const { categories, yearWindow, focusRegion, gapLine } = model;

  const [added, setAdded] = useState<MapLibreMap | null>(null);

  // A new map gets the lines with no arc shown. In software WebGL every change to the map is a
  // frame of 60-120 ms: in the base map's style the lines delayed the countries by 0.9 s, added
  // once the countries were drawn they cost frames of their own before the symbols', added with
  // deck.gl the symbols are on screen 0.34 s sooner (interleaved A/B, 7 rounds).
  useEffect(() => {
    if (!map || !due || added === map) return;
    addMapLines(map, partnerArcFeatures(atlas.partnerArcs));
    shownOnMap.current = [];
    setAdded(map);
  }, [map, due, added, atlas]);

  useEffect(() => {
    if (!map || added !== map) return;
    const shown = shownArcs(atlas.partnerArcs, {
      visible: categories.includes("partnership"),
      yearWindow,
      focusRegion,
      regionOf: (iso3) => atlas.countryByIso3.get(iso3)?.region ?? null,
    });
    shown.forEach((isShown, id) => {
      if (shownOnMap.current[id] === isShown) return;
      map.setFeatureState(arcFeature(id), { shown: isShown });
      shownOnMap.current[id] = isShown;
    });
  }, [map, added, atlas, categories, yearWindow, focusRegion]);

  useEffect(() => {
    if (!map || added !== map) return;
    map.getSource<GeoJSONSource>(LINE_SOURCES.gapLine)?.setData(gapLineFeatures(gapLine));
  }, [map, added, gapLine]);
}

/** The lines' sources and layers, below deck.gl's layers (MapLibre custom layers) if any. */
function addMapLines(map: MapLibreMap, partnerArcs: ReturnType<typeof partnerArcFeatures>) {
  const { sources, layers } = mapLineStyle(partnerArcs);
  for (const [id, source] of Object.entries(sources)) map.addSource(id, source);
  const firstDeckLayer = map.getLayersOrder().find((id) => map.getLayer(id)?.type === "custom");
  for (const layer of layers) map.addLayer(layer, firstDeckLayer);
}
