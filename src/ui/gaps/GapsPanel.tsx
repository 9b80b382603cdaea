import type { GapRow, Population } from "../../core/gaps/coverageGaps";
import { gapsToCsv } from "../../core/gaps/gapsCsv";
import { COUNTRY_GROUPS, ITU_REGIONS } from "../../core/geography/types";
import { formatWindow, type YearWindow } from "../../core/time/yearWindow";
import type { GapsPanelModel } from "../../core/view/panels";
import type { Translate } from "../../i18n/translate";
import { CountryBadges } from "../CountryBadges";
import { useLanguage, useTranslate } from "../i18n";
import { downloadText } from "../share/download";

/** "LDCs and SIDS in Asia-Pacific", "ITU Member States"... */
export function populationLabel(population: Population, t: Translate): string {
  const who =
    population.groups.length > 0
      ? t.list(population.groups.map((g) => t(`gaps.groupPlural.${g}`)))
      : t("gaps.members");
  if (population.regions.length === 0) return who;
  return t("gaps.populationIn", {
    population: who,
    regions: t.list(
      population.regions.map((r) => t(`region.${r}`)),
      "disjunction",
    ),
  });
}

function lastActivity(gap: GapRow, yearWindow: YearWindow, t: Translate): string {
  if (gap.lastYear !== null)
    return gap.yearsSince === 0
      ? t("gaps.sameYear", { year: gap.lastYear })
      : t("gaps.yearsSince", {
          year: gap.lastYear,
          years: gap.yearsSince ?? 0,
          end: yearWindow.to,
        });
  if (gap.nextYear !== null) return t("gaps.nextOnly", { end: yearWindow.to, year: gap.nextYear });
  return t("gaps.never");
}

/** The gaps view's panel: who to check, the summary, the method, and the ranked list of gaps. */
export function GapsPanel({
  model,
  yearWindow,
  countryName,
  onPopulation,
  onHoverGap,
  onSelectCountry,
}: {
  model: GapsPanelModel;
  yearWindow: YearWindow;
  countryName: (iso3: string) => string;
  onPopulation: (population: Population) => void;
  onHoverGap: (iso3: string | null) => void;
  onSelectCountry: (iso3: string) => void;
}) {
  const t = useTranslate();
  const language = useLanguage();
  const { result, population, categories, csvFileName } = model;
  const numbers = new Intl.NumberFormat(language);
  const categoryNames = t.list(categories.map((c) => t(`category.${c}`))) || t("gaps.anyCategory");

  return (
    <article className="gaps-panel" aria-labelledby="gaps-title">
      <h2 id="gaps-title">{t("gaps.title")}</h2>
      <fieldset className="population">
        <legend>{t("gaps.population")}</legend>
        <CheckboxGroup
          legend={t("gaps.groups")}
          options={COUNTRY_GROUPS.map((g) => ({ value: g, label: t(`group.${g}`) }))}
          checked={population.groups}
          onChange={(groups) => onPopulation({ ...population, groups })}
        />
        <CheckboxGroup
          legend={t("gaps.regions")}
          options={ITU_REGIONS.map((r) => ({ value: r, label: t(`region.${r}`) }))}
          checked={population.regions}
          onChange={(regions) => onPopulation({ ...population, regions })}
        />
      </fieldset>
      <p
        className="gaps-summary"
        role="status"
        data-gaps={result.gaps.length}
        data-total={result.population.length}
      >
        {t("gaps.summary", {
          gaps: result.gaps.length,
          total: result.population.length,
          population: populationLabel(population, t),
          categories: categoryNames,
          window: formatWindow(yearWindow),
        })}
      </p>
      <button
        type="button"
        className="button"
        onClick={() =>
          downloadText(gapsToCsv(result.gaps, countryName), csvFileName, "text/csv;charset=utf-8")
        }
      >
        {t("gaps.download")}
      </button>
      <details className="gaps-method">
        <summary>{t("gaps.method").split(":")[0]}</summary>
        <p>{t("gaps.method")}</p>
      </details>
      {result.gaps.length === 0 ? (
        <p className="empty-state">{t("gaps.noGaps", { window: formatWindow(yearWindow) })}</p>
      ) : (
        <table className="gaps-list">
          <thead>
            <tr>
              <th scope="col">{t("gaps.column.rank")}</th>
              <th scope="col">{t("gaps.column.country")}</th>
              <th scope="col">{t("gaps.column.last")}</th>
              <th scope="col">{t("gaps.column.nearest")}</th>
            </tr>
          </thead>
          <tbody>
            {result.gaps.map((gap, i) => (
              <tr
                key={gap.country.iso3}
                data-iso3={gap.country.iso3}
                onMouseEnter={() => onHoverGap(gap.country.iso3)}
                onMouseLeave={() => onHoverGap(null)}
                onFocus={() => onHoverGap(gap.country.iso3)}
                onBlur={() => onHoverGap(null)}
              >
                <td>{i + 1}</td>
                <th scope="row">
                  <button
                    type="button"
                    className="link"
                    onClick={() => onSelectCountry(gap.country.iso3)}
                  >
                    {gap.country.name}
                  </button>
                  <div className="gap-meta">
                    {t(gap.country.region ? `region.${gap.country.region}` : "region.none")}{" "}
                    <CountryBadges country={gap.country} />
                  </div>
                </th>
                <td>{lastActivity(gap, yearWindow, t)}</td>
                <td>
                  {gap.nearest
                    ? t("gaps.nearestKm", {
                        country: countryName(gap.nearest.iso3),
                        km: numbers.format(Math.round(gap.nearest.km)),
                      })
                    : t("gaps.noneCovered")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

/** A group of checkboxes over a fixed list; the checked values keep the list's order. */
function CheckboxGroup<T extends string>({
  legend,
  options,
  checked,
  onChange,
}: {
  legend: string;
  options: { value: T; label: string }[];
  checked: T[];
  onChange: (checked: T[]) => void;
}) {
  return (
    <fieldset className="population-group">
      <legend className="population-heading">{legend}</legend>
      {options.map(({ value, label }) => (
        <label key={value}>
          <input
            type="checkbox"
            checked={checked.includes(value)}
            onChange={() =>
              onChange(
                options
                  .map((o) => o.value)
                  .filter((v) => (v === value ? !checked.includes(v) : checked.includes(v))),
              )
            }
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
