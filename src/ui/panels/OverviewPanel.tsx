import type { ItuRegion } from "../../core/geography/types";
import type { OverviewPanelModel } from "../../core/view/panels";
import { useTranslate } from "../i18n";
import { ActivityList } from "./ActivityList";
import { CategoryCounts } from "./CategoryCounts";

/** With nothing selected: totals for the window, and the records that no country map can show. */
export function OverviewPanel({
  model,
  title,
  sourceTitle,
  onSelectRegion,
}: {
  model: OverviewPanelModel;
  /** What is shown: "CIRTs, 2013–2021" (the view model's title). */
  title: string;
  sourceTitle: (id: string) => string;
  onSelectRegion: (region: ItuRegion) => void;
}) {
  const t = useTranslate();
  const { counts: shown, regionCounts, groupCounts, regionLevel, global } = model;

  return (
    <article className="overview-panel" aria-labelledby="overview-title">
      <h2 id="overview-title">{title}</h2>
      <p className="panel-hint">{t("panel.empty")}</p>
      <CategoryCounts counts={shown} label={title} />
      {regionCounts && (
        <>
          <h3>{t("overview.regions")}</h3>
          <table className="region-counts">
            <tbody>
              {regionCounts.map(({ region, count }) => (
                <tr key={region} data-region={region}>
                  <th scope="row">
                    <button type="button" className="link" onClick={() => onSelectRegion(region)}>
                      {t(`region.${region}`)}
                    </button>
                  </th>
                  <td>{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="panel-hint">{t("region.countsNote")}</p>
        </>
      )}
      <h3>{t("overview.groups")}</h3>
      <ul className="group-counts">
        {groupCounts.map(({ group, count }) => (
          <li key={group} data-group={group}>
            {t(`group.${group}.long`)}: <strong>{count}</strong>
          </li>
        ))}
      </ul>
      <details className="record-list" data-list="region-level">
        <summary>{t("overview.regionLevel", { count: regionLevel.length })}</summary>
        <ActivityList activities={regionLevel} sourceTitle={sourceTitle} />
      </details>
      <details className="record-list" data-list="global">
        <summary>{t("overview.global", { count: global.length })}</summary>
        <ActivityList activities={global} sourceTitle={sourceTitle} />
      </details>
    </article>
  );
}
