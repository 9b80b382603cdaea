import { ScatterplotLayer } from "@deck.gl/layers";
import type { Atlas } from "../../../core/atlas/prepareAtlas";
import type { CountryPlace } from "../../../core/geography/types";
import { hexToRgba, REGION_COLOURS, type RGBA, SELECTED_OUTLINE } from "../../theme/colours";

/**
 * Pure factories: (atlas, view state) -> deck.gl layers with stable ids. They are rebuilt on every
 * render and deck.gl diffs them by id; `updateTriggers` name what their accessors depend on.
 */

/** How a country's dot is coloured: like its shape on the base map, or by its region. */
export type CountryColouring =
  | { kind: "fill"; colourOf: (iso3: string) => string | null; key: string }
  | { kind: "region" };

function dotColour(atlas: Atlas, colouring: CountryColouring, iso3: string): RGBA {
  if (colouring.kind === "fill") {
    const hex = colouring.colourOf(iso3);
    if (hex) return hexToRgba(hex);
  }
  const region = atlas.countryByIso3.get(iso3)?.region;
  return region ? hexToRgba(REGION_COLOURS[region].strong) : [138, 138, 138, 255];
}

/** Dots for countries too small to click at world zoom, coloured like their shape would be. */
export function smallCountryMarkerLayer(
  atlas: Atlas,
  colouring: CountryColouring,
  selected: string | null,
) {
  return new ScatterplotLayer<CountryPlace>({
    id: "small-country-markers",
    data: atlas.markerPlaces,
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
    getFillColor: (p) => dotColour(atlas, colouring, p.iso3),
    updateTriggers: {
      getFillColor: colouring.kind === "fill" ? colouring.key : "region",
      getRadius: selected,
      getLineColor: selected,
      getLineWidth: selected,
    },
  });
}

export interface MapLabel {
  id: string;
  text: string;
  position: [number, number];
  size: number;
}
