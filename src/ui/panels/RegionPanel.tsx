import type { YearWindow } from "../../core/time/yearWindow";
import type { RegionPanelModel } from "../../core/view/panels";
import { BriefLink } from "../brief/BriefLink";
import { useTranslate } from "../i18n";
import { CategoryCounts } from "./CategoryCounts";
import { PartnershipFigures } from "./PartnershipFigures";

/** One ITU-D region: totals per category, its partnership figures, and its countries ranked by activity. */
export function RegionPanel({
  model,
  yearWindow,
  sourceTitle,
  onSelectCountry,
  onClose,
  brief,
}: {
  model: RegionPanelModel;
  yearWindow: YearWindow;
  sourceTitle: (id: string) => string;
  onSelectCountry: (iso3: string) => void;
  onClose: () => void;
  /** The link to this country's or region's printable brief. */
  brief: { href: string; open: () => void };
}) {
  const t = useTranslate();
  const { region, counts, stats, ranked } = model;

  return (
    <article className="region-panel" aria-labelledby="region-name">
      <header className="panel-header">
        <h2 id="region-name">{t(`region.${region}`)}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t("panel.close")}>
          ×
        </button>
      </header>
      <p className="panel-brief">
        <BriefLink href={brief.href} place={t(`region.${region}`)} onOpen={brief.open} />
      </p>
      <h3>{t("panel.countsIn", { window: yearWindow })}</h3>
      <p className="panel-hint">{t("region.countsNote")}</p>
      <CategoryCounts counts={counts} label={t("panel.countsIn", { window: yearWindow })} />
      <h3>{t("partnership.title")}</h3>
      <PartnershipFigures stats={stats} sourceTitle={sourceTitle} />
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
