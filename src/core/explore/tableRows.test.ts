import { describe, expect, it } from "vitest";
import { makeActivity } from "../data/makeActivity";
import type { Activity } from "../data/schema";
import { filterRecords, sortRecords } from "./tableRows";

const a = (id: string, patch: Partial<Activity>) =>
  makeActivity(id, { quote: "", yearStart: 2019, yearEnd: 2019, ...patch });
const names: Record<string, string> = { KEN: "Kenya", CIV: "Côte d’Ivoire" };
const name = (iso3: string) => names[iso3] ?? iso3;
const rows = [
  a("b", {
    title: "Spectrum workshop",
    countries: ["KEN"],
    yearStart: 2018,
    yearEnd: 2020,
    category: "cirt",
  }),
  a("a", { title: "Cyberdrill", countries: ["CIV"], yearStart: 2020, yearEnd: 2020 }),
  a("c", { title: "Global forum", yearStart: 2016, yearEnd: 2016 }),
];

describe("filterRecords", () => {
  it("matches every word, in names too, without accents", () => {
    expect(filterRecords(rows, "cote", name).map((r) => r.id)).toEqual(["a"]);
    expect(filterRecords(rows, "kenya spectrum", name).map((r) => r.id)).toEqual(["b"]);
    expect(filterRecords(rows, "", name)).toHaveLength(3);
  });
});

describe("sortRecords", () => {
  it("sorts by years, category or country name, both ways", () => {
    expect(sortRecords(rows, "years", "ascending", name).map((r) => r.id)).toEqual(["c", "b", "a"]);
    expect(sortRecords(rows, "years", "descending", name).map((r) => r.id)).toEqual([
      "a",
      "b",
      "c",
    ]);
    expect(sortRecords(rows, "category", "descending", name)[0]?.id).toBe("b");
    expect(sortRecords(rows, "countries", "ascending", name).map((r) => r.id)).toEqual([
      "a",
      "b",
      "c",
    ]);
  });
});
