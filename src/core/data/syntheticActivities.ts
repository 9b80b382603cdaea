import { FIRST_YEAR, LAST_YEAR } from "../time/years";
import { makeActivity } from "./makeActivity";
import { type Activity, CATEGORIES } from "./schema";

/**
 * Synthetic records for benchmarks only (npm run bench, and `?synthetic=N` in the app): random
 * categories, one to three countries, one to three years, from a seeded generator so runs repeat.
 * They are never mixed into the real dataset's files or exports.
 */
export function syntheticActivities(
  n: number,
  countryCodes: readonly string[],
  seed = 42,
): Activity[] {
  let state = seed;
  const random = () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const list: Activity[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const yearStart = FIRST_YEAR + Math.floor(random() * 9);
    const yearEnd = Math.min(LAST_YEAR, yearStart + Math.floor(random() * 3));
    list[i] = makeActivity(`synthetic-${i}`, {
      category: pick(CATEGORIES),
      title: `Synthetic record ${i}`,
      countries: Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(countryCodes)),
      yearStart,
      yearEnd,
      theme: "statistics",
      source: "synthetic",
      quote: "Synthetic benchmark record.",
    });
  }
  return list;
}
