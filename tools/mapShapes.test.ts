import { brotliCompressSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { type Atlas, prepareAtlas } from "../src/core/atlas/prepareAtlas";
import { groupSymbols, type SymbolGroup } from "../src/core/atlas/symbolGroups";
import { syntheticActivities } from "../src/core/data/syntheticActivities";
import {
  atlasShapesOf,
  countryShapesOf,
  dissolveRegions,
} from "../src/core/geography/atlasTopology";
import { representativePoint } from "../src/core/geography/representativePoint";
import type { CountryShape, LngLat } from "../src/core/geography/types";
import { atlasDataOf } from "./atlasDataOf";
import { type LoadedDataset, loadDataset } from "./loadDataset";
import type { MapShapes } from "./mapShapes";
import { simplifyRing } from "./symbolShapes";

let dataset: LoadedDataset;
let shapes: MapShapes;
let atlas: Atlas;
beforeAll(() => {
  dataset = loadDataset();
  const built = atlasDataOf(dataset, "2026-12-01", "test");
  shapes = built.shapes;
  atlas = prepareAtlas(built.atlas);
}, 120_000);

describe("what the build computes from the shapes for the first view", () => {
  it("puts each region's label where start-up put it from the full shapes", () => {
    const regionOf = (iso3: string) => atlas.countryByIso3.get(iso3)?.region ?? null;
    const before = new Map(
      dissolveRegions(shapes.topology, regionOf).map((r) => [
        r.properties.region,
        representativePoint(r as unknown as CountryShape),
      ]),
    );
    expect(before.size).toBe(6);
    expect(atlas.regionLabelPoints).toEqual(before);
  });

  it("gives the real data's symbols the same leader lines as the full shapes did", () => {
    const full = new Map(countryShapesOf(shapes.topology).map((s) => [s.properties.iso3, s]));
    const placeOf = (iso3: string) => atlas.placeByIso3.get(iso3);
    const activities = atlas.data.activities;
    const sites = activities.filter(
      (a) => a.lngLat && (a.category === "assistance" || a.category === "partnership"),
    );
    const fullShape = (iso3: string) => full.get(iso3);
    const before = [
      ...groupSymbols(activities, ["cirt", "dtc", "connectivity"], placeOf, fullShape),
      ...groupSymbols(sites, ["assistance", "partnership"], placeOf, fullShape),
    ];
    const now = Object.values(atlas.symbolsByCategory).flat();
    const key = (s: SymbolGroup) =>
      `${s.category} ${s.iso3} ${s.position.join()} ${s.hollow} ${s.faded}`;
    const leaders = (list: SymbolGroup[]) => new Map(list.map((s) => [key(s), s.leader]));
    expect(now.length).toBe(before.length);
    expect(leaders(now)).toEqual(leaders(before));
    // Every ring of the real data leaves its country at the world view (all 96 ringed symbols have
    // a leader): generated records put rings into large countries, where the outline decides.
    const generated = syntheticActivities(
      600,
      atlas.data.countries.map((c) => c.iso3),
    );
    const fullRings = groupSymbols(generated, ["cirt", "dtc", "connectivity"], placeOf, fullShape);
    const symbolShapes = new Map(
      countryShapesOf(shapes.symbolTopology).map((s) => [s.properties.iso3, s]),
    );
    const outlineRings = groupSymbols(generated, ["cirt", "dtc", "connectivity"], placeOf, (i) =>
      symbolShapes.get(i),
    );
    expect(
      fullRings.filter((s) => !s.leader && (s.offset[0] || s.offset[1])).length,
    ).toBeGreaterThan(5);
    expect(leaders(outlineRings)).toEqual(leaders(fullRings));
  });

  it("keeps the outlines for the symbol rings small", () => {
    const bytes = brotliCompressSync(JSON.stringify(shapes.symbolTopology)).length;
    expect(bytes).toBeLessThan(20 * 1024);
  });

  it("keeps the full shapes for later: the same countries, other land and regions as before", () => {
    const full = atlasShapesOf(shapes.topology, atlas.countryByIso3);
    const shaped = dataset.geography.places.filter((p) => p.areaKm2 > 0).map((p) => p.iso3);
    expect(full.countryShapes.map((s) => s.properties.iso3).sort()).toEqual(shaped.sort());
    expect(full.otherShapes.length).toBeGreaterThan(0);
    expect(full.regionShapes.map((r) => r.properties.region)).toEqual([
      "AFR",
      "AMS",
      "ARB",
      "ASP",
      "CIS",
      "EUR",
    ]);
  });
});

describe("simplifyRing", () => {
  it("drops points closer to the line than the tolerance and keeps the corners", () => {
    const ring: LngLat[] = [
      [0, 0],
      [5, 0.1],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(simplifyRing(ring, 0.5)).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ]);
    expect(simplifyRing(ring, 0.05)).toEqual(ring);
  });
});
