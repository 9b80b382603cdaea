import { categoryMask } from "../../core/aggregation/activityCounts";
import type { Atlas } from "../../core/atlas/prepareAtlas";
import { CATEGORIES, type Category } from "../../core/data/schema";
import type { ItuRegion } from "../../core/geography/types";
import { formatWindow, type YearWindow } from "../../core/time/yearWindow";
import { useTranslate } from "../i18n";
import { CategoryCounts } from "./CategoryCounts";
import { PartnershipFigures } from "./PartnershipFigures";

/** One ITU-D region: totals per category, its partnership figures, and its countries ranked by activity. */
export function RegionPanel({
  atlas,
  region,
  window,
  layers,
  onSelectCountry,
  onClose,
}: {
  atlas: Atlas;
  region: ItuRegion;
  window: YearWindow;
  layers: Category[];
  onSelectCountry: (iso3: string) => void;
  onClose: () => void;
}) {
  const t = useTranslate();
  const counts = Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      layers.includes(c) ? atlas.counts.region(region, categoryMask([c]), window) : 0,
    ]),
  ) as Record<Category, number>;
  const mask = categoryMask(layers);
  const ranked = atlas.data.countries
    .filter((c) => c.region === region)
    .map((c) => ({ country: c, count: atlas.counts.country(c.iso3, mask, window) }))
    .sort((a, b) => b.count - a.count || a.country.name.localeCompare(b.country.name));
  const stats = atlas.data.partnershipStats.filter(
    (s) => s.breakdown === "region" && s.breakdownValue === region,
  );

  return (
    <article className="region-panel" aria-labelledby="region-name">
      <header className="panel-header">
        <h2 id="region-name">{t(`region.${region}`)}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t("panel.close")}>
          ×
        </button>
      </header>
      <h3>{t("panel.countsIn", { window: formatWindow(window) })}</h3>
      <p className="panel-hint">{t("region.countsNote")}</p>
      <CategoryCounts
        counts={counts}
        label={t("panel.countsIn", { window: formatWindow(window) })}
      />
      <h3>{t("partnership.title")}</h3>
      <PartnershipFigures stats={stats} sourceTitle={(id) => atlas.sourceTitle.get(id) ?? id} />
      <h3>{t("region.ranked")}</h3>
      <ol className="ranked-countries">
        {ranked.map(({ country, count }) => (
          <li key={country.iso3}>
            <button type="button" className="link" onClick={() => onSelectCountry(country.iso3)}>
              {country.name}
            </button>{" "}
            <span className="count">{count}</span>
          </li>
        ))}
      </ol>
    </article>
  );
}
