import type { Category } from "../../core/data/schema";
import type { RGBA } from "./colours";

/**
 * How each category looks: a colour and, for point categories, a shape. Shapes differ as well as
 * colours, so categories stay apart for colour-blind readers. A hollow symbol means the document
 * gives only its reporting period, not the year.
 */
export const CATEGORY_STYLE: Record<Category, { colour: RGBA; hex: string; shape: SymbolShape }> = {
  assistance: { colour: [60, 60, 60, 255], hex: "#3C3C3C", shape: "dot" },
  cirt: { colour: [213, 94, 0, 255], hex: "#D55E00", shape: "diamond" },
  dtc: { colour: [123, 50, 148, 255], hex: "#7B3294", shape: "square" },
  connectivity: { colour: [0, 114, 178, 255], hex: "#0072B2", shape: "triangle" },
  partnership: { colour: [166, 97, 26, 255], hex: "#A6611A", shape: "arc" },
};

export type SymbolShape = "dot" | "diamond" | "square" | "triangle" | "arc";

const PATHS: Record<Exclude<SymbolShape, "arc">, string> = {
  dot: "M16 5 A11 11 0 1 1 15.99 5 Z",
  diamond: "M16 2 L30 16 L16 30 L2 16 Z",
  square: "M5 5 H27 V27 H5 Z",
  triangle: "M16 3 L30 28 H2 Z",
};

/**
 * An SVG of the shape, filled or hollow, with a two-tone halo: a dark outer edge and a white inner
 * one. The white edge reads on dark fills (the darkest choropleth blues), the dark edge on pale
 * ones, so every category stands out on every fill. The view box leaves room for the halo. The
 * map's symbols are drawn the same way on a canvas (map/layers/symbolPictures.ts).
 */
export function symbolSvg(
  shape: Exclude<SymbolShape, "arc">,
  hollow: boolean,
  colour = "#000",
): string {
  const path = PATHS[shape];
  const stroke = (ink: string, width: number, fill = "none") =>
    `<path d="${path}" fill="${fill}" stroke="${ink}" stroke-width="${width}" stroke-linejoin="round"/>`;
  const body = hollow
    ? stroke("#141414", 8) + stroke("#fff", 5.5, "#fff") + stroke(colour, 3)
    : stroke("#141414", 8) + stroke("#fff", 4.5, colour);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="-2.5 -2.5 37 37">${body}</svg>`;
}

/** The outline of a point symbol in its 32 × 32 box, for SVG drawn inline (the brief's locator map). */
export function symbolPath(shape: Exclude<SymbolShape, "arc">): string {
  return PATHS[shape];
}
