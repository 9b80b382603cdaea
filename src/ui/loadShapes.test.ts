import { afterEach, describe, expect, it, vi } from "vitest";
import { atlasShapesOf } from "../core/geography/atlasTopology";
import { makeTestAtlas, testTopology } from "../core/view/testAtlas";
import { loadShapes } from "./loadShapes";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("loadShapes", () => {
  it("fetches data/shapes.json once, on the first call, and decodes the atlas's shapes", async () => {
    const atlas = makeTestAtlas();
    const fetch = vi.fn(async () =>
      Response.json({ generatedBy: "test", topology: testTopology() }),
    );
    vi.stubGlobal("fetch", fetch);
    const [first, second] = await Promise.all([loadShapes(atlas), loadShapes(atlas)]);
    expect(await loadShapes(atlas)).toBe(first);
    expect(second).toBe(first);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith("data/shapes.json");
    expect(first).toEqual(atlasShapesOf(testTopology(), atlas.countryByIso3));
    expect(first.countryShapes.map((s) => s.properties.iso3).sort()).toEqual([
      "DEU",
      "FRA",
      "KEN",
      "MDV",
      "UGA",
    ]);
    expect(first.regionShapes.map((r) => r.properties.region)).toEqual(["AFR", "ASP", "EUR"]);
  });
});
