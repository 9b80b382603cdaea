import { type CountryBrief, POINT_CATEGORIES } from "../../core/brief/briefModel";
import type { YearWindow } from "../../core/time/yearWindow";
import { CountryBadges } from "../CountryBadges";
import { useTranslate } from "../i18n";
import { ActivityList } from "../panels/ActivityList";
import { CategoryCounts } from "../panels/CategoryCounts";
import { CATEGORY_STYLE, symbolPath } from "../theme/categoryStyle";
import { YearChart } from "../time/YearChart";
import { BriefHeader } from "./BriefHeader";
import { CompactRecords } from "./CompactRecords";
import { LocatorMapSvg } from "./LocatorMapSvg";

/**
 * A country's brief: where it is, what the documents record there in the window (the same records
 * and counts as its panel), the region-wide records of its region apart, and its partnerships.
 */
export function CountryBriefView({
  brief,
  yearWindow,
  sourceTitle,
  countryName,
}: {
  brief: CountryBrief;
  yearWindow: YearWindow;
  sourceTitle: (id: string) => string;
  countryName: (iso3: string) => string;
}) {
  const t = useTranslate();
  const { panel, locator, symbols } = brief;
  const { country, counts, periodCounts, yearChart, lists, categories } = panel;
  const regionName = t(country.region ? `region.${country.region}` : "region.none");
  const keyed = POINT_CATEGORIES.filter((c) => categories.includes(c));
  const { partnershipsBenefiting: benefiting, partnershipsFunded: funded } = lists;
  const listed = new Set(lists.direct.map((a) => a.id));
  return (
    <article className="country-brief" data-country={country.iso3}>
      <BriefHeader
        kind="country"
        place={country.name}
        yearWindow={yearWindow}
        categories={categories}
      >
        <p className="brief-region">
          {t("panel.region", { region: regionName })} <CountryBadges country={country} />
        </p>
      </BriefHeader>

      <section className="brief-summary" data-section="summary">
        <figure className="brief-locator">
          <LocatorMapSvg
            map={locator}
            symbols={symbols}
            label={t("brief.mapLabel", { country: country.name })}
          />
          {keyed.length > 0 && (
            <figcaption className="brief-map-key">
              {keyed.map((c) => {
                const { shape, hex } = CATEGORY_STYLE[c];
                return shape === "arc" ? null : (
                  <span key={c}>
                    <svg viewBox="-3 -3 38 38" aria-hidden="true">
                      <path d={symbolPath(shape)} fill={hex} stroke="#141414" strokeWidth={3} />
                    </svg>
                    {t(`category.${c}`)}
                  </span>
                );
              })}
              <span>{t("brief.mapHollow")}</span>
            </figcaption>
          )}
        </figure>
        <div className="brief-figures">
          <h2>{t("panel.countsIn", { window: yearWindow })}</h2>
          <CategoryCounts
            counts={counts}
            periodCounts={periodCounts}
            label={t("panel.countsIn", { window: yearWindow })}
          />
          <h2>{t("panel.perYear")}</h2>
          <YearChart chart={yearChart} categories={categories} yearWindow={yearWindow} withYears />
          <p className="brief-note">{t("brief.chartNote")}</p>
        </div>
      </section>

      <section className="brief-section" data-section="activities">
        <h2>{t("brief.activities", { count: lists.direct.length, window: yearWindow })}</h2>
        {lists.direct.length === 0 ? (
          <p className="empty-state">
            {t("panel.noActivity", {
              window: yearWindow,
              categories:
                t.list(categories.map((c) => t(`category.${c}`))) || t("panel.noCategories"),
            })}
          </p>
        ) : (
          <ActivityList activities={lists.direct} sourceTitle={sourceTitle} />
        )}
      </section>

      {(benefiting.length > 0 || funded.length > 0) && (
        <section className="brief-section" data-section="partnerships">
          <h2>{t("panel.partnerships")}</h2>
          {benefiting.length > 0 && (
            <>
              <h3>{t("panel.partnershipsBenefiting", { count: benefiting.length })}</h3>
              <CompactRecords
                activities={benefiting}
                sourceTitle={sourceTitle}
                extra={(a) => t.list(a.partnerCountries.map(countryName))}
              />
            </>
          )}
          {funded.length > 0 && (
            <>
              <h3>{t("panel.partnershipsFunded", { count: funded.length })}</h3>
              {/* Quoted once: those also listed above in one line, the others in full. */}
              <CompactRecords
                activities={funded.filter((a) => listed.has(a.id))}
                sourceTitle={sourceTitle}
                extra={(a) => t.list(a.countries.map(countryName))}
              />
              <ActivityList
                activities={funded.filter((a) => !listed.has(a.id))}
                sourceTitle={sourceTitle}
              />
            </>
          )}
        </section>
      )}

      {lists.regionWide.length > 0 && (
        <section className="brief-section region-wide" data-section="region-wide">
          <h2>{t("panel.regionWide", { region: regionName, count: lists.regionWide.length })}</h2>
          <p className="brief-note">{t("panel.regionWideNote")}</p>
          <CompactRecords activities={lists.regionWide} sourceTitle={sourceTitle} />
        </section>
      )}
    </article>
  );
}
