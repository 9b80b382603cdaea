import { ITU_REGIONS, type ItuRegion, type LngLat } from "../geography/types";
import { FIRST_YEAR, LAST_YEAR } from "../time/years";
import { z } from "../zod";
import { BREAKDOWNS, CATEGORIES, PRECISIONS, STATUSES, THEMES } from "./schema";

/**
 * The schemas of every CSV under data/. Each turns one raw row (all strings, as a spreadsheet saves
 * it) into a typed, normalised record, or explains which column is wrong and why. Build time only
 * (tools/loadDataset.ts): the app reads the JSON they produce.
 */

const iso3 = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code such as KEN");
const boolText = z.enum(["true", "false"]).transform((value) => value === "true");
const optionalRegion = z
  .union([z.enum(ITU_REGIONS), z.literal("")])
  .transform((value): ItuRegion | null => (value === "" ? null : value));
const year = z.coerce
  .number()
  .int("must be a whole year")
  .min(FIRST_YEAR, `must be between ${FIRST_YEAR} and ${LAST_YEAR}`)
  .max(LAST_YEAR, `must be between ${FIRST_YEAR} and ${LAST_YEAR}`);
const isoList = z
  .string()
  .transform((value) =>
    value
      .split(";")
      .map((code) => code.trim())
      .filter(Boolean),
  )
  .pipe(z.array(iso3));
const textList = z.string().transform((value) =>
  value
    .split(";")
    .map((item) => item.trim())
    .filter(Boolean),
);
const optionalNumber = (min: number, max: number) =>
  z
    .string()
    .transform((value) => (value.trim() === "" ? null : Number(value)))
    .pipe(z.number().min(min).max(max).nullable());
const wordCount = (text: string) => text.trim().split(/\s+/).length;

export const countryRowSchema = z.object({
  iso3,
  name: z.string().min(1, "is empty"),
  itu_region: optionalRegion,
  ldc: boolText,
  lldc: boolText,
  sids: boolText,
  /** An ITU Member State in 2013-2021 (Palau joined in 2024; Palestine is an observer). */
  itu_member_2021: boolText,
});

export const markerRowSchema = z.object({
  iso3,
  place: z.string().min(1, "is empty"),
  lat: z.coerce.number().min(-90).max(90),
  lon: z.coerce.number().min(-180).max(180),
});

export const aliasRowSchema = z.object({
  iso3,
  alias: z.string().min(1, "is empty"),
});

export const sourceRowSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "must be a lowercase slug"),
  title: z.string().min(1, "is empty"),
  body: z.string().min(1, "is empty"),
  period_start: year,
  period_end: year,
  file: z.string().min(1, "is empty"),
});

export const activityRowSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lowercase slug like cirt-bdi-2018"),
    category: z.enum(CATEGORIES),
    title: z.string().min(1, "is empty").max(130, "is longer than 130 characters"),
    countries: isoList,
    partner_countries: isoList,
    partners: textList,
    region: optionalRegion,
    precision: z.enum(PRECISIONS),
    place: z.string(),
    lat: optionalNumber(-90, 90),
    lon: optionalNumber(-180, 180),
    year_start: year,
    year_end: year,
    date_precision: z.enum(["exact", "period"]),
    status: z.enum(STATUSES),
    theme: z.enum(THEMES),
    metric: z.string().regex(/^([a-z0-9_]+)?$/, "must be snake_case"),
    metric_value: optionalNumber(0, 1e12),
    source: z.string().min(1, "is empty"),
    quote: z
      .string()
      .min(1, "is missing: every record needs its supporting sentence")
      .refine((q) => wordCount(q) >= 8 && wordCount(q) <= 60, "must be 8 to 60 words"),
  })
  .superRefine((row, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message });
    if (row.year_end < row.year_start) issue("year_end", "is before year_start");
    if (row.precision === "site") {
      if (row.lat === null || row.lon === null) issue("lat", "a site record needs lat and lon");
      if (!row.place) issue("place", "a site record needs the place name");
      if (row.countries.length !== 1) issue("countries", "a site record names exactly one country");
    } else if (row.lat !== null || row.lon !== null) {
      issue("lat", "only site records have coordinates");
    }
    if (row.precision === "country" && row.countries.length === 0)
      issue("countries", "a country record names at least one country");
    if (row.precision === "region" && !row.region && !row.place)
      issue("region", "a region record needs a region or a named grouping in place");
    if ((row.metric === "") !== (row.metric_value === null))
      issue("metric", "metric and metric_value are filled together");
  })
  .transform((row) => ({
    id: row.id,
    category: row.category,
    title: row.title,
    countries: row.countries,
    partnerCountries: row.partner_countries,
    partners: row.partners,
    region: row.region,
    precision: row.precision,
    place: row.place || null,
    lngLat: row.lat !== null && row.lon !== null ? ([row.lon, row.lat] as LngLat) : null,
    yearStart: row.year_start,
    yearEnd: row.year_end,
    datePrecision: row.date_precision,
    status: row.status,
    theme: row.theme,
    metric: row.metric ? { name: row.metric, value: row.metric_value ?? 0 } : null,
    source: row.source,
    quote: row.quote,
  }));

export const partnershipStatRowSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lowercase slug"),
    measure: z.string().regex(/^[a-z0-9_]+$/, "must be snake_case"),
    value: z.coerce.number().min(0),
    unit: z.enum(["count", "usd", "percent"]),
    year_start: year,
    year_end: year,
    breakdown: z.enum(BREAKDOWNS),
    breakdown_value: z.string(),
    source: z.string().min(1, "is empty"),
    quote: z.string().min(1, "is missing"),
  })
  .superRefine((row, ctx) => {
    if (row.year_end < row.year_start)
      ctx.addIssue({ code: "custom", path: ["year_end"], message: "is before year_start" });
  })
  .transform((row) => ({
    id: row.id,
    measure: row.measure,
    value: row.value,
    unit: row.unit,
    yearStart: row.year_start,
    yearEnd: row.year_end,
    breakdown: row.breakdown,
    breakdownValue: row.breakdown_value,
    source: row.source,
    quote: row.quote,
  }));
