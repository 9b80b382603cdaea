import type { RGBA } from "./colours";
import { hexToRgba } from "./colours";

/** ColorBrewer YlGnBu (5 classes, light end dropped): sequential and colour-blind safe. */
export const CHOROPLETH_HEX = ["#C7E9B4", "#7FCDBB", "#41B6C4", "#2C7FB8", "#253494"] as const;
/** Countries in the atlas with no recorded activity in the window. */
export const ZERO_HEX = "#FFFFFF";
/** Land that is not in the atlas at all (no data). */
export const NO_DATA_HEX = "#CFCFCF";
/** Gaps view: a country of the population with no activity (magenta, apart from the blue-greens). */
export const GAP_HEX = "#C51B7D";
/** Gaps view: countries outside the population checked. */
export const OUTSIDE_HEX = "#EDEDED";

export const CHOROPLETH_RGBA: RGBA[] = CHOROPLETH_HEX.map((hex) => hexToRgba(hex));
export const ZERO_RGBA: RGBA = hexToRgba(ZERO_HEX);

export function choroplethColour(classIndex: number): RGBA {
  return classIndex < 0 ? ZERO_RGBA : (CHOROPLETH_RGBA[classIndex] ?? ZERO_RGBA);
}

export function choroplethHex(classIndex: number): string {
  return classIndex < 0 ? ZERO_HEX : (CHOROPLETH_HEX[classIndex] ?? ZERO_HEX);
}
