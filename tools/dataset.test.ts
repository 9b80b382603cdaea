import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { isDataDate } from "../src/core/data/atlasData";
import { formatProblem } from "../src/core/data/readCsvTable";
import { CATEGORIES } from "../src/core/data/schema";
import { type LoadedDataset, loadDataset, PROJECT_ROOT, sourcesDir } from "./loadDataset";

let dataset: LoadedDataset;
beforeAll(() => {
  dataset = loadDataset();
});

describe("the dataset under data/", () => {
  it("has no problems", () => {
    expect(dataset.problems.map(formatProblem)).toEqual([]);
  });

  it("has a decision in data/accepted.csv for every finding that needs judgement", () => {
    expect(dataset.warnings.map(formatProblem)).toEqual([]);
  });

  it("holds several hundred country-level facts", () => {
    const facts = dataset.activities.records.reduce(
      (n, { record }) => n + record.countries.length,
      0,
    );
    expect(facts).toBeGreaterThan(300);
  });

  it("uses exactly the app's categories in data/activities.csv, each at least once", () => {
    const rows = Papa.parse<{ category: string }>(
      readFileSync(join(PROJECT_ROOT, "data", "activities.csv"), "utf8"),
      { header: true, skipEmptyLines: true },
    ).data;
    const inData = new Set(rows.map((r) => r.category));
    const known = new Set<string>(CATEGORIES);
    expect(
      [...inData].filter((c) => !known.has(c)),
      "categories the app does not know",
    ).toEqual([]);
    expect(
      CATEGORIES.filter((c) => !inData.has(c)),
      "categories with no record",
    ).toEqual([]);
  });

  it("has every category and every source document that reports activities", () => {
    const categories = new Set(dataset.activities.records.map(({ record }) => record.category));
    expect([...categories].sort()).toEqual([
      "assistance",
      "cirt",
      "connectivity",
      "dtc",
      "partnership",
    ]);
  });
});

describe("data/DATA_DATE", () => {
  it("is a day, YYYY-MM-DD, after every reporting period and not in the future", () => {
    const date = readFileSync(join(PROJECT_ROOT, "data", "DATA_DATE"), "utf8").trim();
    expect(isDataDate(date), date).toBe(true);
    const lastPeriod = Math.max(...dataset.sources.records.map(({ record }) => record.period_end));
    expect(Number(date.slice(0, 4))).toBeGreaterThan(lastPeriod);
    expect(new Date(`${date}T00:00:00Z`).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("rejects what is not a calendar day", () => {
    for (const text of ["2026-02-30", "2026-1-5", "01/12/2026", "2026-12-01T00:00", ""])
      expect(isDataDate(text), text).toBe(false);
  });
});

describe("every quote is verbatim in its document", () => {
  const dir = sourcesDir();
  const present = existsSync(dir);
  it.runIf(!present)(`needs the source documents in ${dir} (set ATLAS_SOURCES_DIR)`, () => {
    throw new Error(
      `The source documents folder ${dir} does not exist. Put the five ITU-D documents there or set ATLAS_SOURCES_DIR.`,
    );
  });

  it.runIf(present)("finds each activity's and each partnership figure's quote in its file", () => {
    const files = new Map(
      dataset.sources.records.map(({ record }) => [
        record.id,
        readFileSync(join(dir, record.file), "utf8"),
      ]),
    );
    const missing: string[] = [];
    const check = (file: string, row: number, source: string, quote: string) => {
      if (!files.get(source)?.includes(quote))
        missing.push(`${file}:${row}: "${quote.slice(0, 60)}"`);
    };
    for (const { row, record } of dataset.activities.records)
      check("data/activities.csv", row, record.source, record.quote);
    for (const { row, record } of dataset.partnershipStats.records)
      check("data/partnership-stats.csv", row, record.source, record.quote);
    expect(missing).toEqual([]);
    expect(dataset.activities.records.length).toBeGreaterThan(0);
  });
});
