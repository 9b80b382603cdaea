import { describe, expect, it } from "vitest";
import { splitPolygonAtAntimeridian, unwrapRing } from "./antimeridian";
import type { LngLat } from "./types";

describe("unwrapRing", () => {
  it("makes a ring that jumps from +179 to -179 continuous", () => {
    const ring: LngLat[] = [
      [179, 0],
      [-179, 0],
      [-179, 1],
      [179, 1],
      [179, 0],
    ];
    expect(unwrapRing(ring).map((p) => p[0])).toEqual([179, 181, 181, 179, 179]);
  });
});

describe("splitPolygonAtAntimeridian", () => {
  it("leaves a polygon that does not cross alone", () => {
    const square: LngLat[] = [
      [10, 10],
      [20, 10],
      [20, 20],
      [10, 20],
      [10, 10],
    ];
    expect(splitPolygonAtAntimeridian([square])).toEqual([[square]]);
  });

  it("cuts a crossing square into an eastern and a western piece, both within ±180", () => {
    const crossing: LngLat[] = [
      [178, -1],
      [-178, -1],
      [-178, 1],
      [178, 1],
      [178, -1],
    ];
    const pieces = splitPolygonAtAntimeridian([crossing]);
    expect(pieces).toHaveLength(2);
    const lngs = pieces.map((rings) => (rings[0] ?? []).map((p) => p[0]));
    expect(Math.min(...(lngs[0] ?? []))).toBe(178);
    expect(Math.max(...(lngs[0] ?? []))).toBe(180);
    expect(Math.min(...(lngs[1] ?? []))).toBe(-180);
    expect(Math.max(...(lngs[1] ?? []))).toBe(-178);
  });
});
