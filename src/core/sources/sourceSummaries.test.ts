import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type LoadedDataset, loadDataset, PROJECT_ROOT } from "../../../tools/loadDataset";
import { makeActivity } from "../data/makeActivity";
import type { Source } from "../data/schema";
import { sourceSummaries, yearCoverage } from "./sourceSummaries";

const source = (id: string, start: number, end: number): Source => ({
  id,
  title: id,
  body: id,
  period_start: start,
  period_end: end,
  file: `${id}.txt`,
});

describe("sourceSummaries on a hand-made fixture", () => {
  const sources = [source("a", 2014, 2016), source("b", 2018, 2020), source("c", 2018, 2021)];
  const activities = [
    makeActivity("1", { source: "a", countries: ["KEN"], category: "cirt" }),
    makeActivity("2", { source: "a", precision: "region", region: "ASP" }),
    makeActivity("3", { source: "b", precision: "global", category: "dtc" }),
  ];
  const regionOf = (iso3: string) => (iso3 === "KEN" ? "AFR" : null);

  it("counts records, figures, regions, categories and global records per document", () => {
    const [a, b, c] = sourceSummaries(sources, activities, [], regionOf);
    expect(a).toMatchObject({
      records: 2,
      regions: ["AFR", "ASP"],
      global: 0,
      categories: ["assistance", "cirt"],
    });
    expect(b).toMatchObject({ records: 1, regions: [], global: 1, categories: ["dtc"] });
    expect(c).toMatchObject({ records: 0, regions: [], categories: [], partnershipFigures: 0 });
  });

  it("marks the years no reporting period includes", () => {
    const coverage = yearCoverage(sources, []);
    expect(coverage.filter((y) => y.sources.length === 0).map((y) => y.year)).toEqual([2013, 2017]);
    expect(coverage.find((y) => y.year === 2021)?.sources).toEqual(["c"]);
  });
});

describe("sourceSummaries on the real data", () => {
  let dataset: LoadedDataset;
  beforeAll(() => {
    dataset = loadDataset();
  });
  const summaries = () =>
    sourceSummaries(
      dataset.sources.records.map(({ record }) => record),
      dataset.activities.records.map(({ record }) => record),
      dataset.partnershipStats.records.map(({ record }) => record),
      (iso3) => dataset.countries.find((c) => c.iso3 === iso3)?.region ?? null,
    );

  it("gives every document its records: the per-document counts sum to the total", () => {
    const rows = summaries();
    expect(rows).toHaveLength(dataset.sources.records.length);
    expect(rows.reduce((sum, s) => sum + s.records, 0)).toBe(dataset.activities.records.length);
    expect(rows.reduce((sum, s) => sum + s.partnershipFigures, 0)).toBe(
      dataset.partnershipStats.records.length,
    );
  });

  it("agrees with an independent count of data/activities.csv's source column", () => {
    // The source is the second-to-last column; the quote (last) may hold commas, so read from the id.
    const lines = readFileSync(join(PROJECT_ROOT, "data", "activities.csv"), "utf8")
      .split("\n")
      .slice(1)
      .filter(Boolean);
    for (const s of summaries()) {
      const counted = lines.filter((line) => line.includes(`,${s.source.id},`)).length;
      expect(s.records, s.source.id).toBe(counted);
    }
  });

  it("lists the planning document with no records, and no region or category for it", () => {
    const plan = summaries().find((s) => s.source.id === "action-plan-2018-2021");
    expect(plan).toMatchObject({ records: 0, regions: [], categories: [], global: 0 });
  });

  it("leaves 2013 and 2017 to no reporting period; 2013 has partnership figures only", () => {
    const coverage = yearCoverage(
      dataset.sources.records.map(({ record }) => record),
      dataset.partnershipStats.records.map(({ record }) => record),
    );
    const uncovered = coverage.filter((y) => y.sources.length === 0);
    expect(uncovered.map((y) => [y.year, y.figuresOnly])).toEqual([
      [2013, true],
      [2017, false],
    ]);
  });
});
