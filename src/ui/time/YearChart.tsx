import { bandLanes, type YearChart as Chart, countOf } from "../../core/aggregation/yearChart";
import { CATEGORIES, type Category } from "../../core/data/schema";
import { FIRST_YEAR } from "../../core/time/years";
import { YEARS, type YearWindow } from "../../core/time/yearWindow";
import { useTranslate } from "../i18n";
import { CATEGORY_STYLE } from "../theme/categoryStyle";
import "./time.css";
import "./yearChart.css";
import { YEAR_COLUMNS } from "./columns";

/**
 * The year chart: stacked bars of the records dated from each year, by category, and under them a
 * hatched band per reporting period for the records known only by that period, so no record is
 * drawn twice and none is drawn in a year the document does not give. The selected years are
 * highlighted. One grid column per year (`.time-columns`, shared with the slider's ticks), so bars
 * and bands stand over their years whatever the width, right to left in Arabic. Every bar and band
 * says what it counts on hover (title) and to screen readers.
 */
export function YearChart({
  chart,
  categories,
  yearWindow,
  withYears = false,
}: {
  chart: Chart;
  categories: Category[];
  yearWindow: YearWindow;
  /** Label the bars with their years (the slider labels them in the bottom bar). */
  withYears?: boolean;
}) {
  const t = useTranslate();
  const totals = chart.bars.map((bar) => countOf(bar, categories));
  const max = Math.max(1, ...totals);
  const shown = CATEGORIES.filter((c) => categories.includes(c));
  const bands = bandLanes(chart, categories);
  return (
    <div className={withYears ? "year-chart labelled" : "year-chart"}>
      <ul className="year-bars time-columns" style={YEAR_COLUMNS} aria-label={t("time.chartLabel")}>
        {YEARS.map((year, i) => {
          const total = totals[i] ?? 0;
          const ranOn = chart.runOn[i];
          const runOn = ranOn ? countOf(ranOn, categories) : 0;
          const label =
            t("time.chartBar", { year, count: total }) +
            (runOn > 0 ? ` (${t("time.chartRunOn", { count: runOn })})` : "");
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
                  const count = chart.bars[i]?.[category] ?? 0;
                  return count > 0 ? (
                    <span
                      key={category}
                      style={{ flexGrow: count, background: CATEGORY_STYLE[category].hex }}
                    />
                  ) : null;
                })}
              </span>
              <span className="visually-hidden">{label}</span>
              {withYears && (
                <span className="year-label" aria-hidden="true">
                  {t.years(year)}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {bands.length > 0 && (
        <ul className="period-bands time-columns" style={YEAR_COLUMNS}>
          {bands.map(({ span, count, lane }) => {
            const label = t("time.chartBand", { window: { from: span.from, to: span.to }, count });
            const inWindow = span.from <= yearWindow.to && span.to >= yearWindow.from;
            return (
              <li
                key={`${span.from}-${span.to}`}
                className={inWindow ? "band in" : "band"}
                title={label}
                data-from={span.from}
                data-to={span.to}
                data-count={count}
                style={{
                  gridColumn: `${span.from - FIRST_YEAR + 1} / ${span.to - FIRST_YEAR + 2}`,
                  gridRow: lane + 1,
                }}
              >
                <span aria-hidden="true">{count}</span>
                <span className="visually-hidden">{label}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
