import { GeoJsonLayer, ScatterplotLayer, TextLayer } from "@deck.gl/layers";
import type { Atlas } from "../../../core/atlas/prepareAtlas";
import type {
  CountryPlace,
  CountryShape,
  ItuRegion,
  RegionShape,
} from "../../../core/geography/types";
import { choroplethColour } from "../../theme/choroplethColours";
import {
  HOVER_HIGHLIGHT,
  hexToRgba,
  REGION_COLOURS,
  type RGBA,
  SELECTED_OUTLINE,
} from "../../theme/colours";

/**
 * Pure factories: (atlas, view state) -> deck.gl layers with stable ids. They are rebuilt on every
 * render and deck.gl diffs them by id; `updateTriggers` name what their accessors depend on.
 */

/** How a country is coloured: by its activity class (countries view) or its region (regions view). */
export type CountryColouring =
  | { kind: "choropleth"; classOf: (iso3: string) => number; key: string }
  | { kind: "region" };

function fillOf(atlas: Atlas, colouring: CountryColouring, iso3: string): RGBA {
  if (colouring.kind === "choropleth") return choroplethColour(colouring.classOf(iso3));
  const region = atlas.countryByIso3.get(iso3)?.region;
  return region ? hexToRgba(REGION_COLOURS[region].fill) : [212, 212, 212, 255];
}

/** Country shapes: the choropleth in the countries view (transparent in the regions view), pickable, selected outlined. */
export function countryShapeLayer(
  atlas: Atlas,
  colouring: CountryColouring,
  selected: string | null,
) {
  const key = colouring.kind === "choropleth" ? colouring.key : "region";
  return new GeoJsonLayer<CountryShape["properties"]>({
    id: "country-shapes",
    data: atlas.countryShapes as never,
    pickable: true,
    stroked: true,
    filled: true,
    autoHighlight: true,
    highlightColor: HOVER_HIGHLIGHT,
    getFillColor: (f) =>
      colouring.kind === "choropleth" ? fillOf(atlas, colouring, f.properties.iso3) : [0, 0, 0, 0],
    getLineColor: (f) => (f.properties.iso3 === selected ? SELECTED_OUTLINE : [150, 150, 150, 255]),
    getLineWidth: (f) =>
      f.properties.iso3 === selected ? 2.5 : colouring.kind === "choropleth" ? 0.5 : 0,
    lineWidthUnits: "pixels",
    updateTriggers: { getFillColor: key, getLineColor: selected, getLineWidth: [selected, key] },
  });
}

/** Dots for countries too small to click at world zoom, coloured like their shape would be. */
export function smallCountryMarkerLayer(
  atlas: Atlas,
  colouring: CountryColouring,
  selected: string | null,
) {
  const key = colouring.kind === "choropleth" ? colouring.key : "region";
  return new ScatterplotLayer<CountryPlace>({
    id: "small-country-markers",
    data: atlas.data.places.filter((p) => p.needsMarker),
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 160],
    getPosition: (p) => p.point,
    getRadius: (p) => (p.iso3 === selected ? 7 : 5),
    radiusUnits: "pixels",
    stroked: true,
    getLineColor: (p) => (p.iso3 === selected ? SELECTED_OUTLINE : [90, 90, 90, 255]),
    lineWidthUnits: "pixels",
    getLineWidth: (p) => (p.iso3 === selected ? 2 : 1),
    getFillColor: (p) => {
      if (colouring.kind === "choropleth") return fillOf(atlas, colouring, p.iso3);
      const region = atlas.countryByIso3.get(p.iso3)?.region;
      return region ? hexToRgba(REGION_COLOURS[region].strong) : [138, 138, 138, 255];
    },
    updateTriggers: {
      getFillColor: key,
      getRadius: selected,
      getLineColor: selected,
      getLineWidth: selected,
    },
  });
}

/** The six regions: filled by region colour in the regions view, and always outlined. */
export function regionLayer(atlas: Atlas, filled: boolean, selectedRegion: ItuRegion | null) {
  return new GeoJsonLayer<RegionShape["properties"]>({
    id: "regions",
    data: atlas.regionShapes as never,
    pickable: filled,
    filled,
    stroked: true,
    autoHighlight: filled,
    highlightColor: HOVER_HIGHLIGHT,
    getFillColor: (f) => hexToRgba(REGION_COLOURS[f.properties.region].fill, 235),
    getLineColor: (f) =>
      f.properties.region === selectedRegion ? SELECTED_OUTLINE : [70, 70, 70, 255],
    getLineWidth: (f) => (f.properties.region === selectedRegion ? 3 : 1.2),
    lineWidthUnits: "pixels",
    updateTriggers: { getLineColor: selectedRegion, getLineWidth: selectedRegion },
  });
}

export interface MapLabel {
  id: string;
  text: string;
  position: [number, number];
  size: number;
}

/** Names and counts drawn by deck.gl's own font atlas: no glyph server. */
export function labelLayer(id: string, labels: MapLabel[]) {
  return new TextLayer<MapLabel>({
    id,
    data: labels,
    getPosition: (l) => l.position,
    getText: (l) => l.text,
    getSize: (l) => l.size,
    getColor: [20, 20, 20, 255],
    fontFamily: "system-ui, 'Noto Sans', sans-serif",
    fontWeight: 600,
    outlineWidth: 4,
    outlineColor: [255, 255, 255, 235],
    fontSettings: { sdf: true },
    characterSet: "auto",
    getTextAnchor: "middle",
    getAlignmentBaseline: "center",
    updateTriggers: { getText: labels.map((l) => l.text).join("|") },
  });
}
