import { describe, expect, it } from "vitest";
import { prepareAtlas } from "../atlas/prepareAtlas";
import { makeActivity } from "../data/makeActivity";
import { CATEGORIES, type Source } from "../data/schema";
import { countryPanelModel } from "../view/panels";
import { makeTestAtlas, TEST_ACTIVITIES, testCountryShapes } from "../view/testAtlas";
import { countryBrief, regionBrief } from "./briefModel";

const ALL = { from: 2013, to: 2021 };
const base = makeTestAtlas();
const source = (id: string, title: string) =>
  ({ id, title, body: "b", period_start: 2018, period_end: 2020, file: "f" }) as Source;
/** The test atlas with two more Kenyan records (a second CIRT at the same point) and two documents. */
const SHAPES = testCountryShapes();
const atlas = prepareAtlas({
  ...base.data,
  sources: [source("other", "An unused document"), source("s", "The document")],
  activities: [
    ...TEST_ACTIVITIES,
    makeActivity("ken-cirt-2020", {
      category: "cirt",
      countries: ["KEN"],
      yearStart: 2020,
      yearEnd: 2020,
    }),
    makeActivity("ken-dtc-period", {
      category: "dtc",
      countries: ["KEN"],
      yearStart: 2018,
      yearEnd: 2020,
      datePrecision: "period",
    }),
  ],
});

describe("countryBrief", () => {
  const brief = countryBrief(atlas, SHAPES, "KEN", ALL, [...CATEGORIES]);
  if (!brief) throw new Error("no brief for KEN");

  it("counts and lists what the country panel counts and lists", () => {
    const panel = countryPanelModel(atlas, "KEN", ALL, [...CATEGORIES]);
    expect(brief.panel).toEqual(panel);
    expect(brief.panel.lists.direct.map((a) => a.id).sort()).toEqual([
      "ken-assist-period",
      "ken-cirt-2019",
      "ken-cirt-2020",
      "ken-dtc-period",
    ]);
    expect(brief.panel.lists.regionWide.map((a) => a.id)).toEqual(["afr-regional-2019"]);
  });

  it("puts a symbol for each place, category and style, as the map does, fanned out round a shared point", () => {
    // Kenya's two dated CIRT records share one symbol (named by its first record); the DTC known
    // only by its reporting period has its own, hollow.
    expect(brief.symbols.map((s) => s.id).sort()).toEqual(["ken-cirt-2019", "ken-dtc-period"]);
    const [x, y] = brief.locator.point;
    const positions = new Set(brief.symbols.map((s) => `${s.x},${s.y}`));
    expect(positions.size).toBe(2);
    for (const s of brief.symbols) expect(Math.hypot(s.x - x, s.y - y)).toBeCloseTo(9, 0);
    expect(brief.symbols.find((s) => s.id === "ken-dtc-period")?.hollow).toBe(true);
    expect(brief.symbols.find((s) => s.id === "ken-cirt-2019")?.hollow).toBe(false);
  });

  it("follows the window and the categories", () => {
    const cirt2020 = countryBrief(atlas, SHAPES, "KEN", { from: 2020, to: 2020 }, ["cirt"]);
    expect(cirt2020?.symbols.map((s) => s.id)).toEqual(["ken-cirt-2020"]);
    // Alone at its point: no ring.
    expect([cirt2020?.symbols[0]?.x, cirt2020?.symbols[0]?.y]).toEqual(cirt2020?.locator.point);
    expect(
      countryBrief(atlas, SHAPES, "KEN", { from: 2016, to: 2016 }, [...CATEGORIES])?.symbols,
    ).toEqual([]);
    expect(countryBrief(atlas, SHAPES, "KEN", ALL, ["assistance"])?.symbols).toEqual([]);
  });

  it("names the documents of the records it lists, once each, in sources.csv order", () => {
    expect(brief.sources).toEqual([{ id: "s", title: "The document" }]);
    expect(
      countryBrief(atlas, SHAPES, "FRA", { from: 2020, to: 2020 }, [...CATEGORIES])?.sources,
    ).toEqual([]);
  });

  it("draws the country on its locator map", () => {
    expect(brief.locator.shapes[0]?.iso3).toBe("KEN");
    expect(brief.locator.shapes.map((s) => s.iso3)).toContain("UGA");
  });

  it("has no brief for an unknown country", () => {
    expect(countryBrief(atlas, SHAPES, "XXX", ALL, [...CATEGORIES])).toBeNull();
  });
});

describe("regionBrief", () => {
  it("ranks the region's countries with their counts per category", () => {
    const brief = regionBrief(atlas, "AFR", ALL, [...CATEGORIES]);
    expect(brief.rows.map((r) => [r.country.iso3, r.total])).toEqual([
      ["KEN", 4],
      ["UGA", 1],
    ]);
    expect(brief.rows[0]?.counts).toMatchObject({ cirt: 2, dtc: 1, assistance: 1 });
    for (const row of brief.rows)
      expect(Object.values(row.counts).reduce((a, b) => a + b, 0)).toBe(row.total);
    expect(brief.regionWide.map((a) => a.id)).toEqual(["afr-regional-2019"]);
    expect(brief.sources.map((s) => s.id)).toEqual(["s"]);
  });

  it("counts only the categories chosen, and the records known only by a period", () => {
    const brief = regionBrief(atlas, "AFR", ALL, ["dtc"]);
    // One DTC each: the panel's order, then by name.
    expect(brief.rows.map((r) => [r.country.iso3, r.total])).toEqual([
      ["KEN", 1],
      ["UGA", 1],
    ]);
    expect(brief.rows[0]?.counts.cirt).toBe(0);
    expect(brief.regionWide).toEqual([]);
    // The whole window holds Kenya's 2018-2020 DTC: dated in it. In 2019 it is known by its period.
    expect(brief.periodCounts.dtc).toBe(0);
    expect(regionBrief(atlas, "AFR", { from: 2019, to: 2019 }, ["dtc"]).periodCounts.dtc).toBe(1);
  });
});
