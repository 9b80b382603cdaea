import Papa from "papaparse";
import type { z } from "zod";

/** One thing wrong with one cell, reported as `file:row:column: reason` (rows counted as a spreadsheet does). */
export interface DataProblem {
  file: string;
  row: number;
  column: string;
  reason: string;
}

export function formatProblem(problem: DataProblem): string {
  return `${problem.file}:${problem.row}:${problem.column}: ${problem.reason}`;
}

export interface TableResult<T> {
  /** Each valid record with the spreadsheet row it came from. */
  records: { row: number; record: T }[];
  problems: DataProblem[];
}

/**
 * Parses a CSV file's text and checks every row against its schema. Header is row 1, so the first
 * record is row 2, as in a spreadsheet. Nothing is dropped silently: a row that fails becomes problems.
 */
export function readCsvTable<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  expectedColumns: readonly string[],
): TableResult<z.output<S>> {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
  });
  const problems: DataProblem[] = [];
  const header = parsed.meta.fields ?? [];
  const missing = expectedColumns.filter((column) => !header.includes(column));
  const extra = header.filter((column) => !expectedColumns.includes(column));
  for (const column of missing)
    problems.push({ file, row: 1, column, reason: "column is missing" });
  for (const column of extra) problems.push({ file, row: 1, column, reason: "unexpected column" });
  for (const error of parsed.errors) {
    problems.push({
      file,
      row: (error.row ?? 0) + 2,
      column: "-",
      reason: `CSV syntax: ${error.message}`,
    });
  }
  if (missing.length > 0) return { records: [], problems };

  const records: TableResult<z.output<S>>["records"] = [];
  parsed.data.forEach((raw, index) => {
    const row = index + 2;
    const result = schema.safeParse(raw);
    if (result.success) {
      records.push({ row, record: result.data });
      return;
    }
    for (const issue of result.error.issues) {
      const column = String(issue.path[0] ?? "-");
      const value = raw[column];
      const shown = value === undefined ? "" : ` (got "${truncate(value)}")`;
      problems.push({ file, row, column, reason: `${issue.message}${shown}` });
    }
  });
  return { records, problems };
}

function truncate(value: string): string {
  return value.length > 40 ? `${value.slice(0, 37)}...` : value;
}
