import { describe, expect, it } from "vitest";
import { atLeast, pointsBounds } from "./regionBounds";

describe("pointsBounds", () => {
  it("boxes points that do not come near the antimeridian", () => {
    expect(
      pointsBounds([
        [10, 0],
        [30, 20],
        [-5, -10],
      ]),
    ).toEqual([-5, -10, 30, 20]);
  });
  it("leaves out the widest empty arc: Iran to Samoa across 180°, not the whole world", () => {
    const asiaPacific: [number, number][] = [
      [53, 32],
      [100, 15],
      [178, -18],
      [-172, -14],
    ];
    const [west, , east] = pointsBounds(asiaPacific) ?? [];
    expect(west).toBe(53);
    expect(east).toBe(-172 + 360);
  });
  it("is null for no points", () => {
    expect(pointsBounds([])).toBeNull();
  });
});

describe("atLeast", () => {
  it("grows a small island's box to a minimum span around its centre", () => {
    expect(atLeast([179, -9, 179.4, -8.5], 12, 8)).toEqual([173.2, -12.75, 185.2, -4.75]);
    expect(atLeast([-172, -14, -171, -13], 16, 11)).toEqual([-179.5, -19, -163.5, -8]);
    expect(atLeast([30, 0, 40, 10], 4, 4)).toEqual([30, 0, 40, 10]);
  });
});
