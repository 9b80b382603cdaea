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
    });
  });
});
