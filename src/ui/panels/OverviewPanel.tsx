import { categoryMask } from "../../core/aggregation/activityCounts";
import type { Atlas } from "../../core/atlas/prepareAtlas";
import { CATEGORIES, type Category } from "../../core/data/schema";
import { COUNTRY_GROUPS, ITU_REGIONS, type ItuRegion } from "../../core/geography/types";
import { formatWindow, isActiveIn, type YearWindow } from "../../core/time/yearWindow";
import { useTranslate } from "../i18n";
import { ActivityItem } from "./ActivityItem";
import { CategoryCounts } from "./CategoryCounts";

/** With nothing selected: totals for the window, and the records that no country map can show. */
export function OverviewPanel({
  atlas,
  window,
  layers,
  onSelectRegion,
}: {
  atlas: Atlas;
  window: YearWindow;
  layers: Category[];
  /** Given in the regions view: the panel then lists the six regions with their counts. */
  onSelectRegion?: (region: ItuRegion) => void;
}) {
  const t = useTranslate();
  const perCategory = atlas.counts.perCategory(window);
  const shown = Object.fromEntries(
    CATEGORIES.map((c) => [c, layers.includes(c) ? perCategory[c] : 0]),
  ) as Record<Category, number>;
  const mask = categoryMask(layers);
  const inWindow = (list: typeof atlas.regionLevel) =>
    list.filter((a) => layers.includes(a.category) && isActiveIn(a, window));
  const regionLevel = inWindow(atlas.regionLevel);
  const global = inWindow(atlas.global);
  const sourceTitle = (id: string) => atlas.sourceTitle.get(id) ?? id;

  return (
    <article className="overview-panel" aria-labelledby="overview-title">
      <h2 id="overview-title">{t("overview.title", { window: formatWindow(window) })}</h2>
      <p className="panel-hint">{t("panel.empty")}</p>
      <CategoryCounts
        counts={shown}
        label={t("overview.title", { window: formatWindow(window) })}
      />
      {onSelectRegion && (
        <>
          <h3>{t("overview.regions")}</h3>
          <table className="region-counts">
            <tbody>
              {ITU_REGIONS.map((region) => (
                <tr key={region} data-region={region}>
                  <th scope="row">
                    <button type="button" className="link" onClick={() => onSelectRegion(region)}>
                      {t(`region.${region}`)}
                    </button>
                  </th>
                  <td>{atlas.counts.region(region, mask, window)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="panel-hint">{t("region.countsNote")}</p>
        </>
      )}
      <h3>{t("overview.groups")}</h3>
      <ul className="group-counts">
        {COUNTRY_GROUPS.map((group) => (
          <li key={group} data-group={group}>
            {t(`group.${group}.long`)}: <strong>{atlas.counts.group(group, mask, window)}</strong>
          </li>
        ))}
      </ul>
      <details className="record-list" data-list="region-level">
        <summary>{t("overview.regionLevel", { count: regionLevel.length })}</summary>
        <ul className="activity-list">
          {regionLevel.map((a) => (
            <ActivityItem key={a.id} activity={a} sourceTitle={sourceTitle(a.source)} />
          ))}
        </ul>
      </details>
      <details className="record-list" data-list="global">
        <summary>{t("overview.global", { count: global.length })}</summary>
        <ul className="activity-list">
          {global.map((a) => (
            <ActivityItem key={a.id} activity={a} sourceTitle={sourceTitle(a.source)} />
          ))}
        </ul>
      </details>
    </article>
  );
}
