import type { RegionBrief } from "../../core/brief/briefModel";
import { CATEGORIES, type Category } from "../../core/data/schema";
import type { YearWindow } from "../../core/time/yearWindow";
import { CountryBadges } from "../CountryBadges";
import { useTranslate } from "../i18n";
import { CategoryCounts } from "../panels/CategoryCounts";
import { CATEGORY_STYLE } from "../theme/categoryStyle";
import { BriefHeader } from "./BriefHeader";
import { CompactRecords } from "./CompactRecords";

/**
 * An ITU-D region's brief: its counts (as its panel), its countries ranked by the records of the
 * window with their counts per category, and the records reported for the region as a whole.
 */
export function RegionBriefView({
  brief,
  yearWindow,
  categories,
  sourceTitle,
}: {
  brief: RegionBrief;
  yearWindow: YearWindow;
  categories: readonly Category[];
  sourceTitle: (id: string) => string;
}) {
  const t = useTranslate();
  const { panel, rows, periodCounts, regionWide } = brief;
  const regionName = t(`region.${panel.region}`);
  const shown = CATEGORIES.filter((c) => categories.includes(c));
  return (
    <article className="region-brief" data-region={panel.region}>
      <BriefHeader
        kind="region"
        place={regionName}
        yearWindow={yearWindow}
        categories={categories}
      />
      <section className="brief-figures" data-section="summary">
        <h2>{t("panel.countsIn", { window: yearWindow })}</h2>
        <p className="brief-note">{t("region.countsNote")}</p>
        <CategoryCounts
          counts={panel.counts}
          periodCounts={periodCounts}
          label={t("panel.countsIn", { window: yearWindow })}
        />
      </section>
      <section className="brief-section" data-section="countries">
        <h2>{t("brief.countries", { region: regionName, window: yearWindow })}</h2>
        <table className="brief-ranked">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t("brief.country")}</th>
              <th scope="col">{t("counts.total")}</th>
              {shown.map((c) => (
                <th key={c} scope="col" className="category-column">
                  <span className="key" style={{ background: CATEGORY_STYLE[c].hex }} />
                  {t(`category.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ country, total, counts }, i) => (
              <tr key={country.iso3} data-iso3={country.iso3} data-total={total}>
                <td>{i + 1}</td>
                <th scope="row">
                  {country.name} <CountryBadges country={country} />
                </th>
                <td className="total">{total}</td>
                {shown.map((c) => (
                  <td key={c}>{counts[c] || ""}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {regionWide.length > 0 && (
        <section className="brief-section region-wide" data-section="region-wide">
          <h2>{t("panel.regionWide", { region: regionName, count: regionWide.length })}</h2>
          <p className="brief-note">{t("panel.regionWideNote")}</p>
          <CompactRecords activities={regionWide} sourceTitle={sourceTitle} />
        </section>
      )}
    </article>
  );
}
