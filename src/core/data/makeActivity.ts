import { FIRST_YEAR } from "../time/years";
import type { Activity } from "./schema";

/**
 * A record with plain defaults and the given changes: the one builder that tests and the benchmark
 * generator share. Never used for the real dataset, which only comes from data/*.csv.
 */
export function makeActivity(id: string, patch: Partial<Activity> = {}): Activity {
  return {
    id,
    category: "assistance",
    title: id,
    countries: [],
    partnerCountries: [],
    partners: [],
    region: null,
    precision: "country",
    place: null,
    lngLat: null,
    yearStart: FIRST_YEAR,
    yearEnd: FIRST_YEAR,
    datePrecision: "exact",
    status: "completed",
    theme: "capacity-development",
    metric: null,
    source: "s",
    quote: "q",
    ...patch,
  };
}
