import { categoryMask } from "../../core/aggregation/activityCounts";
import type { Atlas } from "../../core/atlas/prepareAtlas";
import { CATEGORIES, type Category } from "../../core/data/schema";
import { formatWindow, isActiveIn, type YearWindow } from "../../core/time/yearWindow";
import { CountryBadges } from "../CountryBadges";
import { useTranslate } from "../i18n";
import { ActivityItem } from "./ActivityItem";
import { CategoryCounts } from "./CategoryCounts";

/** Everything ITU-D did in one country in the window, year by year, with the source sentences. */
export function CountryPanel({
  atlas,
  iso3,
  window,
  layers,
  onClose,
}: {
  atlas: Atlas;
  iso3: string;
  window: YearWindow;
  layers: Category[];
  onClose: () => void;
}) {
  const t = useTranslate();
  const country = atlas.countryByIso3.get(iso3);
  if (!country) return null;
  const counts = Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      layers.includes(c) ? atlas.counts.country(iso3, categoryMask([c]), window) : 0,
    ]),
  ) as Record<Category, number>;
  const activities = atlas.data.activities
    .filter(
      (a) => a.countries.includes(iso3) && layers.includes(a.category) && isActiveIn(a, window),
    )
    .sort((a, b) => b.yearStart - a.yearStart || a.category.localeCompare(b.category));
  const byYear = new Map<number, typeof activities>();
  for (const a of activities) byYear.set(a.yearStart, [...(byYear.get(a.yearStart) ?? []), a]);

  return (
    <article className="country-panel" aria-labelledby="country-name">
      <header className="panel-header">
        <h2 id="country-name">{country.name}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t("panel.close")}>
          ×
        </button>
      </header>
      <p className="country-region">
        {t("panel.region", {
          region: t(country.region ? `region.${country.region}` : "region.none"),
        })}
      </p>
      <CountryBadges country={country} />
      <h3>{t("panel.countsIn", { window: formatWindow(window) })}</h3>
      <CategoryCounts
        counts={counts}
        label={t("panel.countsIn", { window: formatWindow(window) })}
      />
      {activities.length === 0 ? (
        <p className="empty-state" role="status">
          {t("panel.noActivity", {
            window: formatWindow(window),
            categories: layers.map((c) => t(`category.${c}`)).join(", ") || t("panel.noCategories"),
          })}
        </p>
      ) : (
        [...byYear.entries()].map(([year, list]) => (
          <section key={year} className="year-group">
            <h3>{t("panel.startedIn", { year })}</h3>
            <ul className="activity-list">
              {list.map((a) => (
                <ActivityItem
                  key={a.id}
                  activity={a}
                  sourceTitle={atlas.sourceTitle.get(a.source) ?? a.source}
                />
              ))}
            </ul>
          </section>
        ))
      )}
    </article>
  );
}
