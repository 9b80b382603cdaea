import type { z } from "zod";
import type { activityRowSchema, partnershipStatRowSchema, sourceRowSchema } from "./rowSchemas";

/**
 * The dataset's vocabulary (categories, themes, statuses, columns) and its record types. The zod
 * schemas that read the CSV files are in rowSchemas.ts, used at build time only: the app imports
 * this file, and zod stays out of its first download.
 */

export const CATEGORIES = ["assistance", "cirt", "dtc", "connectivity", "partnership"] as const;
export type Category = (typeof CATEGORIES)[number];

export const THEMES = [
  "capacity-development",
  "cybersecurity",
  "digital-inclusion",
  "digital-innovation",
  "digital-services",
  "emergency-telecom",
  "environment",
  "networks-infrastructure",
  "policy-regulation",
  "statistics",
] as const;
export type Theme = (typeof THEMES)[number];

export const STATUSES = ["planned", "ongoing", "completed", "unknown"] as const;
export type Status = (typeof STATUSES)[number];

export const PRECISIONS = ["site", "country", "region", "global"] as const;

/** The columns of data/activities.csv, in order. */
export const ACTIVITY_COLUMNS = [
  "id",
  "category",
  "title",
  "countries",
  "partner_countries",
  "partners",
  "region",
  "precision",
  "place",
  "lat",
  "lon",
  "year_start",
  "year_end",
  "date_precision",
  "status",
  "theme",
  "metric",
  "metric_value",
  "source",
  "quote",
] as const;

export { FIRST_YEAR, LAST_YEAR } from "../time/years";

export const BREAKDOWNS = ["total", "year", "region", "area", "stakeholder"] as const;

export type Source = z.output<typeof sourceRowSchema>;
export type Activity = z.output<typeof activityRowSchema>;
export type PartnershipStat = z.output<typeof partnershipStatRowSchema>;
