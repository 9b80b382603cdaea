import { CATEGORIES, type Category } from "../../core/data/schema";
import { YEARS, type YearWindow } from "../../core/time/yearWindow";
import { isRightToLeft, useLanguage, useTranslate } from "../i18n";
import { CATEGORY_STYLE } from "../theme/categoryStyle";

/** Stacked bars of records active per year, by category, with the selected years highlighted. */
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
  // Years run with the reading direction: right to left in Arabic, like the slider.
  const rtl = isRightToLeft(useLanguage());
  const slot = (i: number) => (rtl ? YEARS.length - 1 - i : i);
  const totals = perYear.map((counts) => categories.reduce((sum, c) => sum + counts[c], 0));
  const max = Math.max(1, ...totals);
  const barsHeight = 44;
  const height = withYears ? barsHeight + 12 : barsHeight;
  return (
    <svg
      className={withYears ? "year-chart labelled" : "year-chart"}
      viewBox={`0 0 ${YEARS.length * 10} ${height}`}
      preserveAspectRatio={withYears ? "xMidYMid meet" : "none"}
      role="img"
      aria-label={t("time.chartLabel")}
    >
      {YEARS.map((year, i) => {
        const inWindow = year >= yearWindow.from && year <= yearWindow.to;
        let y = barsHeight;
        return (
          <g key={year} opacity={inWindow ? 1 : 0.3} data-year={year} data-total={totals[i]}>
            <title>{t("time.chartBar", { year, count: totals[i] ?? 0 })}</title>
            {CATEGORIES.filter((c) => categories.includes(c)).map((category) => {
              const h = ((perYear[i]?.[category] ?? 0) / max) * (barsHeight - 2);
              y -= h;
              return (
                <rect
                  key={category}
                  x={slot(i) * 10 + 1.5}
                  y={y}
                  width={7}
                  height={h}
                  fill={CATEGORY_STYLE[category].hex}
                />
              );
            })}
            {withYears && (
              <text x={slot(i) * 10 + 5} y={height - 2} textAnchor="middle" fontSize="4.5">
                {String(year).slice(2)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
