import { useState } from "react";
import type { GapRow, Population } from "../../core/gaps/coverageGaps";
import { gapsToCsv } from "../../core/gaps/gapsCsv";
import { populationLabel } from "../../core/gaps/populationLabel";
import { DEFAULT_GAP_SORT, type GapSort, nextGapSort, sortGaps } from "../../core/gaps/sortGaps";
import { COUNTRY_GROUPS, ITU_REGIONS } from "../../core/geography/types";
import { FIRST_YEAR, LAST_YEAR } from "../../core/time/years";
import type { YearWindow } from "../../core/time/yearWindow";
import type { GapsPanelModel } from "../../core/view/panels";
import { useTranslate } from "../i18n";
import { downloadText } from "../share/download";
import { GapsList } from "./GapsList";

/** The gaps view's panel: who to check, the summary and its caveat, the method, and the sortable list. */
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
  const [sort, setSort] = useState<GapSort>(DEFAULT_GAP_SORT);
  const { result, population, categories, csvFileName } = model;
  const categoryNames = t.list(categories.map((c) => t(`category.${c}`))) || t("gaps.anyCategory");
  const regionName = (gap: GapRow) =>
    t(gap.country.region ? `region.${gap.country.region}` : "region.none");
  const collator = new Intl.Collator(t.language);
  const gaps = sortGaps(result.gaps, sort, regionName, collator.compare);

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
          window: yearWindow,
        })}
      </p>
      {result.nonMembers.length > 0 && (
        <p className="gaps-non-members" data-iso3={result.nonMembers.map((c) => c.iso3).join(",")}>
          {t("gaps.nonMembers", {
            countries: t.list(result.nonMembers.map((c) => c.name)),
            window: { from: FIRST_YEAR, to: LAST_YEAR },
          })}
        </p>
      )}
      <p className="gaps-caveat">{t("gaps.caveat")}</p>
      <button
        type="button"
        className="button"
        onClick={() =>
          downloadText(
            gapsToCsv(gaps, countryName, t("gaps.caveat")),
            csvFileName,
            "text/csv;charset=utf-8",
          )
        }
      >
        {t("gaps.download")}
      </button>
      <details className="gaps-method">
        <summary>{t("gaps.method").split(":")[0]}</summary>
        <p>{t("gaps.method")}</p>
      </details>
      {result.gaps.length === 0 ? (
        <p className="empty-state">{t("gaps.noGaps", { window: yearWindow })}</p>
      ) : (
        <GapsList
          gaps={gaps}
          sort={sort}
          yearWindow={yearWindow}
          countryName={countryName}
          regionName={regionName}
          onSort={(key) => setSort((current) => nextGapSort(current, key))}
          onHoverGap={onHoverGap}
          onSelectCountry={onSelectCountry}
        />
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
