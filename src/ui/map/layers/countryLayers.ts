import { GeoJsonLayer, ScatterplotLayer, TextLayer } from "@deck.gl/layers";
import type { Atlas } from "../../../core/atlas/prepareAtlas";
import type { CountryPlace, CountryShape } from "../../../core/geography/types";
import { HOVER_HIGHLIGHT, hexToRgba, regionColour, SELECTED_OUTLINE } from "../../theme/colours";

/**
 * Pure factories: (atlas, view state) -> deck.gl layers with stable ids. They are rebuilt on every
 * render and deck.gl diffs them by id; `updateTriggers` name what their accessors depend on.
 */

/** Invisible country shapes that answer hover and click, with the selected country outlined. */
export function countryPickingLayer(atlas: Atlas, selected: string | null) {
  return new GeoJsonLayer<CountryShape["properties"]>({
    id: "country-picking",
    data: atlas.countryShapes as never,
    pickable: true,
    stroked: true,
    filled: true,
    autoHighlight: true,
    highlightColor: HOVER_HIGHLIGHT,
    getFillColor: [0, 0, 0, 0],
    getLineColor: (f) => (f.properties.iso3 === selected ? SELECTED_OUTLINE : [0, 0, 0, 0]),
    getLineWidth: (f) => (f.properties.iso3 === selected ? 2.5 : 0),
    lineWidthUnits: "pixels",
    updateTriggers: { getLineColor: selected, getLineWidth: selected },
  });
}

/** Dots for countries too small to click at world zoom (and those with no shape). */
export function smallCountryMarkerLayer(atlas: Atlas, selected: string | null) {
  const places = atlas.data.places.filter((p) => p.needsMarker);
  return new ScatterplotLayer<CountryPlace>({
    id: "small-country-markers",
    data: places,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 160],
    getPosition: (p) => p.point,
    getRadius: (p) => (p.iso3 === selected ? 7 : 5),
    radiusUnits: "pixels",
    stroked: true,
    getLineColor: (p) => (p.iso3 === selected ? SELECTED_OUTLINE : [255, 255, 255, 255]),
    lineWidthUnits: "pixels",
    getLineWidth: (p) => (p.iso3 === selected ? 2 : 1),
    getFillColor: (p) =>
      hexToRgba(regionColour(atlas.countryByIso3.get(p.iso3)?.region ?? null).strong),
    updateTriggers: { getRadius: selected, getLineColor: selected, getLineWidth: selected },
  });
}

export interface CountryLabel {
  iso3: string;
  name: string;
  position: [number, number];
}

/** Country names drawn by deck.gl's own font atlas: no glyph server. */
export function countryLabelLayer(labels: CountryLabel[]) {
  return new TextLayer<CountryLabel>({
    id: "country-labels",
    data: labels,
    getPosition: (l) => l.position,
    getText: (l) => l.name,
    getSize: 14,
    getColor: [20, 20, 20, 255],
    getPixelOffset: [0, -14],
    fontFamily: "system-ui, sans-serif",
    fontWeight: 600,
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 230],
    fontSettings: { sdf: true },
    characterSet: "auto",
  });
}
