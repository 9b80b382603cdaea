import type { Accessor } from "@deck.gl/core";

type Colour = [number, number, number, number];
/** A value for every icon, or a function giving each icon its own. */
type PerIcon<D, T> = T | ((d: D) => T);

/**
 * What every icon layer of the map gives per icon: size, angle, colour and pixel offset, always as
 * functions, even where a layer's value is the same for all its icons.
 *
 * deck.gl passes a fixed value to the GPU as a constant attribute instead of a buffer, and the
 * software WebGL that renders where there is no GPU (ANGLE over SwiftShader) builds a pipeline for
 * each combination of constant and per-icon attributes, compiling the icon program anew for each.
 * Symbols, site dots, small-country markers, badges and leader lines each had their own
 * combination: the first view compiled the icon program four times, 0.8 s before the symbols
 * appeared (npm run bench:browser, interleaved A/B). Given the same way, one pipeline draws them all.
 */
export function iconAttributes<D>(values: {
  size: PerIcon<D, number>;
  angle?: PerIcon<D, number>;
  colour?: PerIcon<D, Colour>;
  pixelOffset?: PerIcon<D, [number, number]>;
}): {
  getSize: Accessor<D, number>;
  getAngle: Accessor<D, number>;
  getColor: Accessor<D, Colour>;
  getPixelOffset: Accessor<D, [number, number]>;
} {
  return {
    getSize: perIcon(values.size),
    getAngle: perIcon(values.angle ?? 0),
    getColor: perIcon(values.colour ?? [255, 255, 255, 255]),
    getPixelOffset: perIcon(values.pixelOffset ?? [0, 0]),
  };
}

function perIcon<D, T>(value: PerIcon<D, T>): (d: D) => T {
  return typeof value === "function" ? (value as (d: D) => T) : () => value;
}
