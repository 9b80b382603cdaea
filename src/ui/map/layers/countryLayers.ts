import type { DataFilterExtensionProps } from "@deck.gl/extensions";
import { IconLayer } from "@deck.gl/layers";
import type { Atlas } from "../../../core/atlas/prepareAtlas";
import type { CountryPlace } from "../../../core/geography/types";
import type { CountryFills } from "../../../core/view/countryFills";
import { hexToRgba, type RGBA, regionColour, SELECTED_OUTLINE } from "../../theme/colours";
import { swatchRgba } from "../../theme/palette";
import { LAYER_IDS } from "../layerIds";
import { iconAttributes } from "./iconAttributes";
import type { PictureImage } from "./pictureCanvas";
import { ALWAYS_SHOWN } from "./symbolLayers";
import { symbolPictureProps } from "./symbolPictures";

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

/** A marker's size on screen (px): its disk and the outline around it, larger when selected. */
const markerSize = (selected: boolean) =>
  selected ? { disk: 14, outline: 18 } : { disk: 10, outline: 12 };

/**
 * Dots for countries too small to click at world zoom, coloured like their shape would be, with
 * an outline (dark and thicker when selected). Two icon layers, the outline under the disk, with
 * the symbols' icon program (ALWAYS_SHOWN): no shader of their own to compile. The disk answers
 * the pointer.
 */
export function smallCountryMarkerLayers(
  atlas: Atlas,
  colouring: DotColouring,
  selected: string | null,
  pictures: PictureImage,
) {
  // The disk is a mask: drawn in the colour each marker gives it.
  const icon = {
    ...symbolPictureProps(pictures),
    getIcon: () => "disk",
    sizeUnits: "pixels" as const,
    ...ALWAYS_SHOWN,
  };
  const outline = new IconLayer<CountryPlace, DataFilterExtensionProps<CountryPlace>>({
    id: LAYER_IDS.smallCountryMarkerOutlines,
    data: atlas.markerPlaces,
    getPosition: (p) => p.point,
    ...iconAttributes<CountryPlace>({
      size: (p) => markerSize(p.iso3 === selected).outline,
      colour: (p) => (p.iso3 === selected ? SELECTED_OUTLINE : [90, 90, 90, 255]),
    }),
    updateTriggers: { getSize: selected, getColor: selected },
    ...icon,
  });
  const disk = new IconLayer<CountryPlace, DataFilterExtensionProps<CountryPlace>>({
    id: LAYER_IDS.smallCountryMarkers,
    data: atlas.markerPlaces,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 160],
    getPosition: (p) => p.point,
    ...iconAttributes<CountryPlace>({
      size: (p) => markerSize(p.iso3 === selected).disk,
      colour: (p) => dotColour(atlas, colouring, p.iso3),
    }),
    updateTriggers: { getColor: colouring.signature, getSize: selected },
    ...icon,
  });
  return [outline, disk];
}
