/**
 * A small CSV writer (RFC 4180) for the atlas's downloads, so no CSV library ships to the browser.
 * It writes what papaparse's `unparse` wrote before it: a field is quoted when it holds a quote, a
 * comma, a line break, a byte order mark, or starts or ends with a space; quotes inside are doubled;
 * lines end with "\n" and the last line has no line end. Empty values (null, undefined) are "".
 */
export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;

/** One field, quoted when it must be. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The header line and one line per row, each row's values in the order of `columns`. */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [columns, ...rows].map((row) => row.map(csvField).join(",")).join("\n");
}
