import { type Activity, CATEGORIES } from "../data/schema";
import { normalizeForSearch } from "../search/countrySearch";

export const TABLE_COLUMNS = [
  "years",
  "category",
  "title",
  "countries",
  "status",
  "source",
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];
export type SortDirection = "ascending" | "descending";

/** Records whose title, countries, partners, place or quote contain every word of the filter. */
export function filterRecords(
  records: readonly Activity[],
  text: string,
  countryName: (iso3: string) => string,
): Activity[] {
  const words = normalizeForSearch(text).split(" ").filter(Boolean);
  if (words.length === 0) return [...records];
  return records.filter((a) => {
    const haystack = normalizeForSearch(
      [
        a.title,
        a.place ?? "",
        a.quote,
        ...a.partners,
        ...a.countries,
        ...a.countries.map(countryName),
      ].join(" "),
    );
    return words.every((word) => haystack.includes(word));
  });
}

/** Sorts by a column; ties keep a stable order by start year then id. */
export function sortRecords(
  records: readonly Activity[],
  column: TableColumn,
  direction: SortDirection,
  countryName: (iso3: string) => string,
): Activity[] {
  const key = (a: Activity): string | number => {
    switch (column) {
      case "years":
        return a.yearStart * 10000 + a.yearEnd;
      case "category":
        return CATEGORIES.indexOf(a.category);
      case "title":
        return a.title.toLowerCase();
      case "countries":
        return a.countries.map(countryName).join(", ").toLowerCase() || "\uffff";
      case "status":
        return a.status;
      case "source":
        return a.source;
    }
  };
  const sign = direction === "ascending" ? 1 : -1;
  return [...records].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const primary = ka < kb ? -1 : ka > kb ? 1 : 0;
    return primary * sign || a.yearStart - b.yearStart || a.id.localeCompare(b.id);
  });
}
