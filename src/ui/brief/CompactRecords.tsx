import type { Activity } from "../../core/data/schema";
import { useTranslate } from "../i18n";
import { CATEGORY_STYLE } from "../theme/categoryStyle";

/**
 * Records in one or two lines each (category, years, status, title and document), for the lists a
 * brief gives for context: the region-wide records, and partnerships already quoted above it.
 */
export function CompactRecords({
  activities,
  sourceTitle,
  extra,
}: {
  activities: readonly Activity[];
  sourceTitle: (id: string) => string;
  /** Added after the title, e.g. the partner governments. */
  extra?: (activity: Activity) => string;
}) {
  const t = useTranslate();
  return (
    <ul className="compact-records">
      {activities.map((a) => (
        <li key={a.id} data-id={a.id}>
          <span className="category-chip" style={{ borderColor: CATEGORY_STYLE[a.category].hex }}>
            {t(`category.${a.category}`)}
          </span>{" "}
          <span className="activity-years">
            {t.years(a.yearStart, a.yearEnd)}
            {a.datePrecision === "period" && ` · ${t("activity.period")}`}
          </span>{" "}
          · <span className="activity-status">{t(`status.${a.status}`)}</span>{" "}
          <bdi className="compact-title" lang="en">
            {a.title}
          </bdi>
          {extra && ` (${extra(a)})`}{" "}
          <bdi className="compact-source" lang="en">
            {sourceTitle(a.source)}
          </bdi>
        </li>
      ))}
    </ul>
  );
}
