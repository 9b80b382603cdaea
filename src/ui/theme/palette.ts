import type { SwatchKey } from "../../core/view/countryFills";
import { hexToRgba, NO_DATA_LAND, REGION_COLOURS, type RGBA } from "./colours";

/** ColorBrewer YlGnBu (5 classes, light end dropped): sequential and colour-blind safe. */
export const CHOROPLETH_HEX = ["#C7E9B4", "#7FCDBB", "#41B6C4", "#2C7FB8", "#253494"] as const;
/** Countries in the atlas with no recorded activity in the window. */
export const ZERO_HEX = "#FFFFFF";
/** Gaps view: a country of the population with no activity (magenta, apart from the blue-greens). */
export const GAP_HEX = "#C51B7D";
/** Gaps view: countries outside the population checked. */
export const OUTSIDE_HEX = "#EDEDED";

/**
 * The colour of every legend swatch and country fill, by the key the view model gives it. The one
 * place where "class-2" or "gap" becomes a colour: the map, the legend and the PNG all ask here.
 */
export function swatchHex(key: SwatchKey): string {
  if (key === "zero") return ZERO_HEX;
  if (key === "gap") return GAP_HEX;
  if (key === "outside") return OUTSIDE_HEX;
  if (key === "no-data") return NO_DATA_LAND;
  if (key === "marker") return ZERO_HEX;
  if (key.startsWith("region-"))
    return REGION_COLOURS[key.slice(7) as keyof typeof REGION_COLOURS].fill;
  return CHOROPLETH_HEX[Number(key.slice(6))] ?? ZERO_HEX;
}

export function swatchRgba(key: SwatchKey): RGBA {
  return hexToRgba(swatchHex(key));
}
