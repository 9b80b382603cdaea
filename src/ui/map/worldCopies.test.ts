import { describe, expect, it } from "vitest";
import { reachesPastAntimeridian, shownLongitudes } from "./worldCopies";

describe("shownLongitudes", () => {
  it("is the whole world when 512 pixels show zoom 0", () => {
    expect(shownLongitudes(0, 0, 512)).toEqual([-180, 180]);
  });
  it("halves with each zoom level and follows the centre", () => {
    expect(shownLongitudes(179.2, 3, 1024)).toEqual([134.2, 224.2]);
  });
});

describe("reachesPastAntimeridian", () => {
  it("is false for a view inside the one world, up to its edges", () => {
    expect(reachesPastAntimeridian([-180, 180])).toBe(false);
    expect(reachesPastAntimeridian([120, 179.9])).toBe(false);
  });
  it("is true for a view across 180° on either side", () => {
    expect(reachesPastAntimeridian(shownLongitudes(179.2, 5, 600))).toBe(true);
    expect(reachesPastAntimeridian(shownLongitudes(-175.2, 5, 600))).toBe(true);
  });
});
