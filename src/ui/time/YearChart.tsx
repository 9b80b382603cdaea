import { CATEGORIES, type Category } from "../../core/data/schema";
import { YEARS, type YearWindow } from "../../core/time/yearWindow";
import { useTranslate } from "../i18n";
import { CATEGORY_STYLE } from "../theme/categoryStyle";
import "./time.css";
import { YEAR_COLUMNS } from "./columns";

/**
 * Stacked bars of records active per year, by category, with the selected years highlighted.
 * One grid column per year (`.time-columns`, shared with the slider's ticks), so each bar stands
 * centred over its year whatever the width; the grid follows the reading direction, right to left
 * in Arabic. Each bar says its year and count on hover (title) and to screen readers.
 */
export function YearChart({
  perYear,
  categories,
  yearWindow,
  withYears = false,
}: {
  perYear: Record<Category, number>[];
  categories: Category[];
  yearWindow: YearWindow;
  /** Label the bars with their years (the slider labels them in the bottom bar). */
  withYears?: boolean;
}) {
  const t = useTranslate();
  const totals = YEARS.map((_, i) =>
    categories.reduce((sum, c) => sum + (perYear[i]?.[c] ?? 0), 0),
  );
  const max = Math.max(1, ...totals);
  const shown = CATEGORIES.filter((c) => categories.includes(c));
  return (
    <ul
      className={withYears ? "year-chart time-columns labelled" : "year-chart time-columns"}
      style={YEAR_COLUMNS}
      aria-label={t("time.chartLabel")}
    >
      {YEARS.map((year, i) => {
        const total = totals[i] ?? 0;
        const label = t("time.chartBar", { year, count: total });
        const inWindow = year >= yearWindow.from && year <= yearWindow.to;
        return (
          <li key={year} className={inWindow ? "in" : undefined} title={label}>
            <span
              className="bar"
              data-year={year}
              data-total={total}
              style={{ blockSize: total > 0 ? `max(2px, ${(total / max) * 100}%)` : 0 }}
            >
              {shown.map((category) => {
                const count = perYear[i]?.[category] ?? 0;
                return count > 0 ? (
                  <span
                    key={category}
                    style={{
                      flexGrow: count,
                      background: CATEGORY_STYLE[category].hex,
                    }}
                  />
                ) : null;
              })}
            </span>
            <span className="visually-hidden">{label}</span>
            {withYears && (
              <span className="year-label" aria-hidden="true">
                {String(year)}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
