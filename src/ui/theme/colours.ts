import type { ItuRegion } from "../../core/geography/types";

export type RGBA = [number, number, number, number];

/**
 * Region colours from the Okabe-Ito palette, which stays distinguishable with the common forms of
 * colour blindness. `fill` is a light tint for the base map; `strong` is for legend swatches and dots.
 */
export const REGION_COLOURS: Record<ItuRegion, { strong: string; fill: string }> = {
  AFR: { strong: "#E69F00", fill: "#F5D38A" },
  AMS: { strong: "#56B4E9", fill: "#B5DCF3" },
  ARB: { strong: "#009E73", fill: "#93D2BE" },
  ASP: { strong: "#D5C500", fill: "#F2EBA0" },
  CIS: { strong: "#0072B2", fill: "#93BEDC" },
  EUR: { strong: "#CC79A7", fill: "#E9C2D7" },
};
export const OTHER_ECONOMY_COLOUR = { strong: "#8A8A8A", fill: "#D4D4D4" };
export const NO_DATA_LAND = "#CFCFCF";
export const OCEAN = "#DCE8F2";
export const BORDER = "#FFFFFF";
export const REGION_OUTLINE = "#4A4A4A";
export const SELECTED_OUTLINE: RGBA = [20, 20, 20, 255];

export function hexToRgba(hex: string, alpha = 255): RGBA {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255, alpha];
}

export function regionColour(region: ItuRegion | null) {
  return region ? REGION_COLOURS[region] : OTHER_ECONOMY_COLOUR;
}
