import { beforeAll, describe, expect, it } from "vitest";
import { type LoadedDataset, loadDataset } from "../../../tools/loadDataset";
import { makeActivity } from "../data/makeActivity";
import { type Activity, CATEGORIES } from "../data/schema";
import { YEARS } from "../time/years";
import { bandLanes, chartTotal, countOf, yearChart } from "./yearChart";

describe("yearChart", () => {
  const records = [
    makeActivity("one-year", { yearStart: 2019, yearEnd: 2019 }),
    makeActivity("dated-span", { yearStart: 2014, yearEnd: 2020 }),
    makeActivity("period", { yearStart: 2018, yearEnd: 2020, datePrecision: "period" }),
    makeActivity("period-cirt", {
      yearStart: 2018,
      yearEnd: 2020,
      datePrecision: "period",
      category: "cirt",
    }),
    makeActivity("early-period", { yearStart: 2014, yearEnd: 2016, datePrecision: "period" }),
  ];
  const chart = yearChart(records);

  const bar = (year: number) => chart.bars[YEARS.indexOf(year)];
  it("draws a dated record as a bar of its first year and a period record as a band, once", () => {
    expect(bar(2019)?.assistance).toBe(1);
    expect(bar(2014)?.assistance).toBe(1); // 2014-2020, dated: counted in 2014...
    expect(chart.runOn[YEARS.indexOf(2014)]?.assistance).toBe(1); // ...and said to run on
    expect(bar(2018)?.assistance).toBe(0); // the period records are not bars
    expect(chart.spans.map((s) => `${s.from}-${s.to} ${countOf(s.counts, CATEGORIES)}`)).toEqual([
      "2014-2016 1",
      "2018-2020 2",
    ]);
    expect(chartTotal(chart, CATEGORIES)).toBe(records.length);
    expect(chartTotal(chart, ["cirt"])).toBe(1);
  });

  it("puts bands that do not touch on one lane", () => {
    expect(bandLanes(chart, CATEGORIES).map((b) => [b.span.from, b.lane])).toEqual([
      [2014, 0],
      [2018, 0],
    ]);
    const overlapping = yearChart([
      ...records,
      makeActivity("late-period", { yearStart: 2019, yearEnd: 2020, datePrecision: "period" }),
    ]);
    expect(bandLanes(overlapping, CATEGORIES).map((b) => [b.span.from, b.lane])).toEqual([
      [2014, 0],
      [2018, 0],
      [2019, 1],
    ]);
    // Hidden categories take no room.
    expect(bandLanes(chart, ["cirt"]).map((b) => [b.span.from, b.lane])).toEqual([[2018, 0]]);
  });
});

describe("yearChart on the real data", () => {
  let dataset: LoadedDataset;
  let activities: Activity[];
  beforeAll(() => {
    dataset = loadDataset();
    activities = dataset.activities.records.map(({ record: r }) => r);
  });

  it("draws every record of every country and category exactly once", () => {
    for (const country of dataset.countries)
      for (const category of CATEGORIES) {
        const records = activities.filter(
          (a) => a.category === category && a.countries.includes(country.iso3),
        );
        const chart = yearChart(records);
        const dated = chart.bars.reduce((sum, year) => sum + year[category], 0);
        const spanning = chart.spans.reduce((sum, s) => sum + s.counts[category], 0);
        expect(dated + spanning, `${country.iso3} ${category}`).toBe(new Set(records).size);
      }
    expect(chartTotal(yearChart(activities), CATEGORIES)).toBe(activities.length);
  });

  it("never draws a period record as a bar of one year of its period", () => {
    const periods = activities.filter(
      (a) => a.datePrecision === "period" && a.yearEnd > a.yearStart,
    );
    const chart = yearChart(periods);
    expect(chartTotal({ ...chart, spans: [] }, CATEGORIES)).toBe(0);
    expect(periods.length).toBeGreaterThan(0);
  });
});
