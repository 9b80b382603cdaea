import { useMemo, useState } from "react";
import type { Atlas } from "../../core/atlas/prepareAtlas";
import type { Activity } from "../../core/data/schema";
import {
  filterRecords,
  type SortDirection,
  sortRecords,
  TABLE_COLUMNS,
  type TableColumn,
} from "../../core/explore/tableRows";
import { recordsToCsv } from "../../core/export/recordsCsv";
import type { YearWindow } from "../../core/time/yearWindow";
import { useTranslate } from "../i18n";
import { SourceQuote } from "../panels/SourceQuote";
import { downloadText } from "../share/download";
import { SortableHeader } from "./SortableHeader";

/**
 * All records of the current selection as an accessible table: sortable by every column, filterable,
 * with a CSV download of exactly the rows shown. It is also the map's stand-in when WebGL is missing.
 */
export function RecordsTable({
  atlas,
  records,
  caption,
  fileName,
  yearWindow,
  source = null,
  onShowAll,
}: {
  atlas: Atlas;
  records: Activity[];
  caption: string;
  fileName: string;
  /** The window the records are in: the CSV says how each is dated in it. */
  yearWindow: YearWindow;
  /** The document the records are narrowed to (the Sources view's links), or null. */
  source?: string | null;
  onShowAll?: () => void;
}) {
  const t = useTranslate();
  const [filter, setFilter] = useState("");
  const [sort, setSort] = useState<{ column: TableColumn; direction: SortDirection }>({
    column: "years",
    direction: "descending",
  });
  const countryName = (iso3: string) => atlas.countryByIso3.get(iso3)?.name ?? iso3;
  const sourceTitle = (id: string) => atlas.sourceTitle.get(id) ?? id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: countryName reads the atlas, listed
  const rows = useMemo(
    () =>
      sortRecords(
        filterRecords(records, filter, countryName),
        sort.column,
        sort.direction,
        countryName,
      ),
    [records, filter, sort, atlas],
  );
  const toggleSort = (column: TableColumn) =>
    setSort((s) => ({
      column,
      direction: s.column === column && s.direction === "ascending" ? "descending" : "ascending",
    }));

  return (
    <section className="records-table" aria-labelledby="table-caption">
      <div className="table-tools">
        {source && (
          <p className="table-source" data-source={source}>
            {t("sources.tableFilter", { title: sourceTitle(source) })}{" "}
            <button type="button" className="header-button" onClick={onShowAll}>
              {t("sources.showAll")}
            </button>
          </p>
        )}
        <label>
          {t("table.filter")}{" "}
          <input
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            className="table-filter"
          />
        </label>
        <output className="table-count" aria-live="polite">
          {t("table.count", { shown: rows.length, total: records.length })}
        </output>
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadText(
              recordsToCsv(rows, countryName, sourceTitle, yearWindow),
              fileName,
              "text/csv;charset=utf-8",
            )
          }
        >
          {t("table.downloadCsv")}
        </button>
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
      <section className="table-scroll" tabIndex={0} aria-labelledby="table-caption">
        <table>
          <caption id="table-caption">{caption}</caption>
          <thead>
            <tr>
              {TABLE_COLUMNS.map((column) => (
                <SortableHeader
                  key={column}
                  column={column}
                  label={t(`table.column.${column}`)}
                  sorted={sort.column === column ? sort.direction : null}
                  onSort={() => toggleSort(column)}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id} data-id={a.id}>
                <td>{t.years(a.yearStart, a.yearEnd)}</td>
                <td>{t(`category.${a.category}`)}</td>
                <td>
                  <details>
                    <summary>
                      <span lang="en" dir="ltr">
                        {a.title}
                      </span>
                    </summary>
                    <SourceQuote quote={a.quote} source={sourceTitle(a.source)} />
                  </details>
                </td>
                <td>
                  {a.countries.length > 0
                    ? t.list(a.countries.map(countryName))
                    : a.region
                      ? t(`region.${a.region}`)
                      : t("table.global")}
                </td>
                <td>
                  {t(`status.${a.status}`)}
                  {a.datePrecision === "period" ? ` · ${t("activity.period")}` : ""}
                </td>
                <td>{a.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
