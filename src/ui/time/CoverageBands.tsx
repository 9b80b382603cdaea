import { useMemo } from "react";
import type { Atlas } from "../../core/atlas/prepareAtlas";
import { sourceSummaries, yearCoverage } from "../../core/sources/sourceSummaries";
import { FIRST_YEAR } from "../../core/time/years";
import { useTranslate } from "../i18n";
import { YEAR_COLUMNS } from "./columns";
import "./coverage.css";

/**
 * Under the year chart, one thin band per source document over the years of its reporting period
 * (sources.csv), in the chart's year columns (`.time-columns`), so it lines up in either reading
 * direction. A year no period includes is hatched: few records there means no document tells of
 * it, not that nothing happened. Each band and hatch says what it is on hover and to screen readers.
 * On phones the bands share one line (covered, or not), so the map keeps its room (coverage.css).
 */
export function CoverageBands({ atlas }: { atlas: Atlas }) {
  const t = useTranslate();
  const { bands, uncovered } = useMemo(() => {
    const summaries = sourceSummaries(
      atlas.data.sources,
      atlas.data.activities,
      atlas.data.partnershipStats,
      (iso3) => atlas.countryByIso3.get(iso3)?.region ?? null,
    );
    return {
      // Earliest first, like a timeline; then the shorter period.
      bands: [...summaries].sort(
        (a, b) =>
          a.source.period_start - b.source.period_start ||
          a.source.period_end - b.source.period_end,
      ),
      uncovered: yearCoverage(atlas.data.sources, atlas.data.partnershipStats).filter(
        (y) => y.sources.length === 0,
      ),
    };
  }, [atlas]);
  const column = (year: number) => year - FIRST_YEAR + 1;

  return (
    <ul
      className="coverage-bands time-columns"
      style={{ ...YEAR_COLUMNS, "--bands": bands.length } as React.CSSProperties}
      aria-label={t("sources.bandsLabel")}
    >
      {bands.map(({ source, records }, row) => {
        const span = source.period_end - source.period_start + 1;
        const label = t("sources.band", {
          title: source.title,
          window: { from: source.period_start, to: source.period_end },
          count: records,
        });
        return (
          <li
            key={source.id}
            className={records === 0 ? "band empty" : "band"}
            data-source={source.id}
            data-records={records}
            title={label}
            style={
              {
                gridColumn: `${column(source.period_start)} / span ${span}`,
                "--row": row + 1,
                // A quarter of a column's width off each end, so neighbouring periods stay apart.
                marginInline: `${12.5 / span}%`,
              } as React.CSSProperties
            }
          >
            <span className="visually-hidden">{label}</span>
          </li>
        );
      })}
      {uncovered.map(({ year, figuresOnly }) => {
        const label = t(figuresOnly ? "sources.figuresOnly" : "sources.uncovered", { year });
        return (
          <li
            key={year}
            className="no-document"
            data-uncovered-year={year}
            title={label}
            style={{ gridColumn: column(year) }}
          >
            <span className="visually-hidden">{label}</span>
          </li>
        );
      })}
    </ul>
  );
}
