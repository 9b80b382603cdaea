import type { ReactNode } from "react";

/**
 * A column header that sorts its table: a button (so keyboard and screen readers get it for free)
 * in a `th` whose `aria-sort` says whether, and which way, the table is sorted by it; the arrow is
 * for the eye only. The records table and the gaps list use it.
 */
export function SortableHeader({
  label,
  sorted,
  onSort,
  column,
}: {
  label: ReactNode;
  /** The direction when the table is sorted by this column, else null. */
  sorted: "ascending" | "descending" | null;
  onSort: () => void;
  /** The column's key, as `data-sort` for styles and tests. */
  column: string;
}) {
  return (
    <th scope="col" data-sort={column} aria-sort={sorted ?? "none"}>
      <button type="button" className="sort" onClick={onSort}>
        {label}
        <span aria-hidden="true">
          {sorted === "ascending" ? " ▲" : sorted === "descending" ? " ▼" : ""}
        </span>
      </button>
    </th>
  );
}
