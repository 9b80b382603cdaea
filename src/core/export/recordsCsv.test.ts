import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { Activity } from "../data/schema";
import { EXPORT_COLUMNS, recordsToCsv } from "./recordsCsv";

const record = {
  id: "cirt-ken-2020",
  category: "cirt",
  title: 'Kenya CIRT, "enhanced"',
  countries: ["KEN"],
  partnerCountries: [],
  partners: ["FIRST"],
  region: "AFR",
  precision: "site",
  place: "Nairobi",
  lngLat: [36.8, -1.3],
  yearStart: 2020,
  yearEnd: 2020,
  datePrecision: "exact",
  status: "completed",
  theme: "cybersecurity",
  metric: null,
  source: "baap",
  quote: "In Kenya, the existing CIRT enhancement was completed in 2020.",
} as Activity;

describe("recordsToCsv", () => {
  it("writes a header and one row per record that reads back the same", () => {
    const csv = recordsToCsv(
      [record],
      () => "Kenya",
      () => "The report",
      { from: 2013, to: 2021 },
    );
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
    expect(parsed.meta.fields).toEqual([...EXPORT_COLUMNS]);
    expect(parsed.data).toHaveLength(1);
    expect(parsed.data[0]).toMatchObject({
      id: "cirt-ken-2020",
      title: 'Kenya CIRT, "enhanced"',
      country_names: "Kenya",
      lat: "-1.3",
      lon: "36.8",
      source_title: "The report",
      quote: record.quote,
      dated_in_window: "exact",
    });
  });

  it("says whether each record is dated in the window or known only by a period that overlaps it", () => {
    const period = {
      ...record,
      yearStart: 2018,
      yearEnd: 2020,
      datePrecision: "period",
    } as Activity;
    const column = (from: number, to: number) =>
      Papa.parse<Record<string, string>>(
        recordsToCsv(
          [record, period],
          () => "Kenya",
          () => "",
          { from, to },
        ),
        { header: true },
      ).data.map((row) => row.dated_in_window);
    expect(column(2019, 2020)).toEqual(["exact", "period"]);
    expect(column(2018, 2021)).toEqual(["exact", "exact"]); // the whole period is in the window
  });
});
