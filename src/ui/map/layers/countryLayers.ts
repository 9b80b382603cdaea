import { ScatterplotLayer } from "@deck.gl/layers";
import type { Atlas } from "../../../core/atlas/prepareAtlas";
import type { CountryPlace } from "../../../core/geography/types";
import type { CountryFills } from "../../../core/view/countryFills";
import { hexToRgba, type RGBA, regionColour, SELECTED_OUTLINE } from "../../theme/colours";
import { swatchRgba } from "../../theme/palette";
import { LAYER_IDS } from "../layerIds";

/**
 * Pure factories: (atlas, view model) -> deck.gl layers with stable ids. They are rebuilt on every
 * render and deck.gl diffs them by id; `updateTriggers` name what their accessors depend on.
 */

/** How the small-country dots are coloured: like the countries' fills, or (null) by region. */
export interface DotColouring {
  fills: CountryFills | null;
  /** Changes exactly when any fill changes (fillsSignature): the dots' update trigger. */
  signature: string;
}

function dotColour(atlas: Atlas, colouring: DotColouring, iso3: string): RGBA {
  const fill = colouring.fills?.get(iso3);
  if (fill) return swatchRgba(fill);
  return hexToRgba(regionColour(atlas.countryByIso3.get(iso3)?.region ?? null).strong);
}

/** Dots for countries too small to click at world zoom, coloured like their shape would be. */
export function smallCountryMarkerLayer(
  atlas: Atlas,
  colouring: DotColouring,
  selected: string | null,
) {
  return new ScatterplotLayer<CountryPlace>({
    id: LAYER_IDS.smallCountryMarkers,
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
      getFillColor: colouring.signature,
      getRadius: selected,
      getLineColor: selected,
      getLineWidth: selected,
    },
  });
}
