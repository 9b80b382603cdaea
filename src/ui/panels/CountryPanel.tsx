import { useState } from "react";
import { CATEGORIES, type Category } from "../../core/data/schema";
import { type Grouping, groupActivities } from "../../core/explore/countryActivities";
import type { YearWindow } from "../../core/time/yearWindow";
import type { CountryPanelModel } from "../../core/view/panels";
import { BriefLink } from "../brief/BriefLink";
import { CountryBadges } from "../CountryBadges";
import { useTranslate } from "../i18n";
import { YearChart } from "../time/YearChart";
import { ActivityList } from "./ActivityList";
import { CategoryCounts } from "./CategoryCounts";

/** Everything ITU-D did in one country in the window, with the sentence of the report that says so. */
export function CountryPanel({
  model,
  yearWindow,
  sourceTitle,
  countryName,
  onSelectCountry,
  onClose,
  onShowWholeMap,
  brief,
}: {
  model: CountryPanelModel;
  yearWindow: YearWindow;
  sourceTitle: (id: string) => string;
  countryName: (iso3: string) => string;
  onSelectCountry: (iso3: string) => void;
  onClose: () => void;
  onShowWholeMap: () => void;
  /** The link to this country's or region's printable brief. */
  brief: { href: string; open: () => void };
}) {
  const t = useTranslate();
  const [grouping, setGrouping] = useState<Grouping>("year");
  const { country, counts, periodCounts, yearChart, lists, neighbours, categories } = model;
  const regionName = t(country.region ? `region.${country.region}` : "region.none");

  return (
    <article className="country-panel" aria-labelledby="country-name">
      <header className="panel-header">
        <h2 id="country-name">{country.name}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t("panel.close")}>
          ×
        </button>
      </header>
      <nav className="panel-nav" aria-label={t("panel.navigation")}>
        {neighbours && (
          <button
            type="button"
            className="link"
            onClick={() => onSelectCountry(neighbours.previous.iso3)}
          >
            ‹ {neighbours.previous.name}
          </button>
        )}
        <button type="button" className="link" onClick={onShowWholeMap}>
          {t("panel.wholeMap")}
        </button>
        {neighbours && (
          <button
            type="button"
            className="link"
            onClick={() => onSelectCountry(neighbours.next.iso3)}
          >
            {neighbours.next.name} ›
          </button>
        )}
      </nav>
      <p className="country-region">{t("panel.region", { region: regionName })}</p>
      <CountryBadges country={country} />
      <p className="panel-brief">
        <BriefLink href={brief.href} place={country.name} onOpen={brief.open} />
      </p>
      <h3>{t("panel.countsIn", { window: yearWindow })}</h3>
      <CategoryCounts
        counts={counts}
        periodCounts={periodCounts}
        label={t("panel.countsIn", { window: yearWindow })}
      />
      <h3>{t("panel.perYear")}</h3>
      <YearChart chart={yearChart} categories={categories} yearWindow={yearWindow} withYears />

      {lists.direct.length === 0 ? (
        <p className="empty-state" role="status">
          {t("panel.noActivity", {
            window: yearWindow,
            categories:
              t.list(categories.map((c) => t(`category.${c}`))) || t("panel.noCategories"),
          })}
        </p>
      ) : (
        <>
          <fieldset className="grouping">
            <legend>{t("panel.groupBy")}</legend>
            {(["year", "category"] as const).map((by) => (
              <label key={by}>
                <input
                  type="radio"
                  name="grouping"
                  checked={grouping === by}
                  onChange={() => setGrouping(by)}
                />
                {t(`panel.groupBy.${by}`)}
              </label>
            ))}
          </fieldset>
          {groupActivities(lists.direct, grouping, CATEGORIES).map((group) => (
            <section key={group.key} className="activity-group" data-group={group.key}>
              <h3>
                {grouping === "year"
                  ? t("panel.startedIn", { year: Number(group.key) })
                  : t(`category.${group.key as Category}`)}{" "}
                <span className="count">({group.activities.length})</span>
              </h3>
              <ActivityList activities={group.activities} sourceTitle={sourceTitle} />
            </section>
          ))}
        </>
      )}

      {(lists.partnershipsBenefiting.length > 0 || lists.partnershipsFunded.length > 0) && (
        <section className="partnerships" aria-labelledby="partnerships-title">
          <h3 id="partnerships-title">{t("panel.partnerships")}</h3>
          {lists.partnershipsBenefiting.length > 0 && (
            <>
              <h4>
                {t("panel.partnershipsBenefiting", { count: lists.partnershipsBenefiting.length })}
              </h4>
              <ul className="compact-list">
                {lists.partnershipsBenefiting.map((a) => (
                  <li key={a.id}>
                    <bdi lang="en">{a.title}</bdi> ({t.list(a.partnerCountries.map(countryName))})
                  </li>
                ))}
              </ul>
            </>
          )}
          {lists.partnershipsFunded.length > 0 && (
            <>
              <h4>{t("panel.partnershipsFunded", { count: lists.partnershipsFunded.length })}</h4>
              <ActivityList activities={lists.partnershipsFunded} sourceTitle={sourceTitle} />
            </>
          )}
        </section>
      )}

      {lists.regionWide.length > 0 && (
        <details className="record-list region-wide" data-list="region-wide">
          <summary>
            {t("panel.regionWide", { region: regionName, count: lists.regionWide.length })}
          </summary>
          <p className="panel-hint">{t("panel.regionWideNote")}</p>
          <ActivityList activities={lists.regionWide} sourceTitle={sourceTitle} />
        </details>
      )}
      <p className="panel-hint language-note">{t("panel.englishNote")}</p>
    </article>
  );
}
