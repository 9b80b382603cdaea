import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useRef, useState } from "react";
import type { Atlas } from "../../core/atlas/prepareAtlas";
import { arcFeature, LINE_SOURCES, mapLineStyle } from "./baseMapStyle";
import type { MapLayerModel } from "./mapLayers";
import { gapLineFeatures, partnerArcFeatures, shownArcs } from "./mapLines";

/**
 * The map's lines: added once the base map has drawn its countries (`baseDrawn`, as deck.gl is
 * loaded), under deck.gl's symbols if they are there already, then kept in step with the view:
 * each partnership arc's `shown` state (only the arcs that change are set, as for the fills) and
 * the gaps view's line.
 */
export function useMapLines(
  map: MapLibreMap | null,
  baseDrawn: boolean,
  atlas: Atlas,
  model: MapLayerModel,
): void {
  const shownOnMap = useRef<boolean[]>([]);
  const { categories, yearWindow, focusRegion, gapLine } = model;

  const [added, setAdded] = useState<MapLibreMap | null>(null);

  // A new map gets the lines once its countries are drawn, with no arc shown. Added with the base
  // map, compiling their line program (line-gradient) and tiling the arcs delayed the countries
  // by 0.9 s in software WebGL; added now, the symbols appear no later (interleaved A/B).
  useEffect(() => {
    if (!map || !baseDrawn || added === map) return;
    addMapLines(map, partnerArcFeatures(atlas.partnerArcs));
    shownOnMap.current = [];
    setAdded(map);
  }, [map, baseDrawn, added, atlas]);

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
