import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import { describe, expect, it } from "vitest";
import { makeActivity } from "../data/makeActivity";
import type { CountryPlace, CountryShape } from "../geography/types";
import { makeTestAtlas, testCountryShapes } from "../view/testAtlas";
import { clusterReach, offsetLngLat, REFERENCE_ZOOM, SYMBOL_SIZE_PX } from "./fanOut";
import { groupSymbols, type SymbolGroup } from "./symbolGroups";

const atlas = makeTestAtlas();
/** The test atlas's square countries plus one very large one, where a ring fits inside. */
const BIG: CountryShape = {
  type: "Feature",
  properties: { iso3: "BIG" },
  geometry: {
    type: "MultiPolygon",
    coordinates: [
      [
        [
          [60, 30],
          [120, 30],
          [120, 70],
          [60, 70],
          [60, 30],
        ],
      ],
    ],
  },
};
const shapes = new Map([...testCountryShapes(), BIG].map((s) => [s.properties.iso3, s]));
const places = new Map<string, CountryPlace>([
  ...atlas.placeByIso3,
  [
    "BIG",
    { iso3: "BIG", point: [90, 50], bbox: [60, 30, 120, 70], areaKm2: 1e7, needsMarker: false },
  ],
]);
const record = (id: string, category: "cirt" | "dtc" | "connectivity", countries: string[]) =>
  makeActivity(id, { category, countries });

function place(records: ReturnType<typeof record>[]): SymbolGroup[] {
  return groupSymbols(
    records,
    ["cirt", "dtc", "connectivity"],
    (iso3) => places.get(iso3),
    (iso3) => shapes.get(iso3),
  );
}

/** Where a symbol is drawn at a zoom: its point moved by its pixel offset. */
const drawnAt = (s: SymbolGroup, zoom: number) => offsetLngLat(s.position, s.offset, zoom);
const inside = (s: SymbolGroup, zoom: number) => {
  const shape = shapes.get(s.iso3);
  return shape !== undefined && booleanPointInPolygon(drawnAt(s, zoom), shape);
};

const MANY = ["KEN", "KEN", "KEN", "UGA", "UGA", "BIG", "BIG", "BIG", "BIG", "MDV", "FRA"].map(
  (iso3, i) => record(`r${i}`, (["cirt", "dtc", "connectivity"] as const)[i % 3] ?? "cirt", [iso3]),
);

describe("fanning out symbols that share a point", () => {
  it("keeps every symbol inside its own country, or ties it to its point with a leader line, at any zoom", () => {
    const symbols = place(MANY);
    // One symbol per country and category: BIG's two connectivity records share one.
    expect(symbols).toHaveLength(MANY.length - 1);
    // The world view of a phone is about zoom -0.4, of a laptop about 1, a country view 3 to 6.
    for (const zoom of [REFERENCE_ZOOM, -0.4, 0, 1, 2, 3, 6])
      for (const s of symbols)
        expect(inside(s, zoom) || s.leader, `${s.iso3} at ${zoom}`).toBe(true);
  });

  it("draws leader lines only where a ring leaves the country", () => {
    const symbols = place(MANY);
    const big = symbols.filter((s) => s.iso3 === "BIG");
    expect(big.every((s) => !s.leader && Math.hypot(...s.offset) > 5)).toBe(true);
    // Kenya is 4 degrees wide: a ring around its point covers more ground than that at world zoom.
    expect(symbols.filter((s) => s.iso3 === "KEN").every((s) => s.leader)).toBe(true);
    // A lone symbol sits on its point and needs no line.
    const france = symbols.find((s) => s.iso3 === "FRA");
    expect(france?.offset).toEqual([0, 0]);
    expect(france?.leader).toBe(false);
  });

  it("moves even a lone symbol off a small country's dot marker, with a leader line", () => {
    const [maldives] = place([record("m", "connectivity", ["MDV"])]);
    expect(maldives?.leader).toBe(true);
    expect(Math.hypot(...(maldives?.offset ?? [0, 0]))).toBeGreaterThanOrEqual(
      5 + SYMBOL_SIZE_PX / 2,
    );
  });

  it("gives symbols at one point distinct places", () => {
    const kenya = place(MANY).filter((s) => s.iso3 === "KEN");
    expect(new Set(kenya.map((s) => s.offset.join())).size).toBe(kenya.length);
  });
});

describe("offsetLngLat", () => {
  it("turns pixels into ground distance that shrinks as the map zooms in", () => {
    expect(offsetLngLat([0, 0], [0, 0])[0]).toBeCloseTo(0);
    expect(offsetLngLat([0, 0], [512, 0], 0)[0]).toBeCloseTo(0); // once round the world
    expect(offsetLngLat([0, 0], [128, 0], 0)[0]).toBeCloseTo(90);
    expect(offsetLngLat([0, 0], [128, 0], 1)[0]).toBeCloseTo(45);
    expect(offsetLngLat([0, 0], [0, -10], 2)[1]).toBeGreaterThan(0); // up is north
  });
});

describe("clusterReach", () => {
  it("is the ring plus half a symbol, for the symbols at that point only", () => {
    const symbols = place(MANY);
    const kenya = places.get("KEN")?.point ?? [0, 0];
    const ring = Math.max(
      ...symbols.filter((s) => s.iso3 === "KEN").map((s) => Math.hypot(...s.offset)),
    );
    expect(clusterReach(symbols, kenya)).toBe(Math.ceil(ring + SYMBOL_SIZE_PX / 2));
    expect(clusterReach(symbols, [0, -80])).toBe(0);
  });
});
