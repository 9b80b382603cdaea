import type { Activity } from "../../core/data/schema";
import { useLanguage, useTranslate } from "../i18n";
import { CATEGORY_STYLE } from "../theme/categoryStyle";

/** One record, with everything the source says about it and the sentence that says so. */
export function ActivityItem({
  activity,
  sourceTitle,
}: {
  activity: Activity;
  sourceTitle: string;
}) {
  const t = useTranslate();
  const language = useLanguage();
  const years =
    activity.yearStart === activity.yearEnd
      ? String(activity.yearStart)
      : `${activity.yearStart}–${activity.yearEnd}`;
  return (
    <li className="activity" data-id={activity.id}>
      <div className="activity-head">
        <span
          className="category-chip"
          style={{ borderColor: CATEGORY_STYLE[activity.category].hex }}
        >
          {t(`category.${activity.category}`)}
        </span>
        <span className="activity-years">
          {years}
          {activity.datePrecision === "period" && ` · ${t("activity.period")}`}
        </span>
        <span className="activity-status">{t(`status.${activity.status}`)}</span>
      </div>
      <p className="activity-title">{activity.title}</p>
      <dl className="activity-facts">
        <dt>{t("activity.theme")}</dt>
        <dd>{t(`theme.${activity.theme}`)}</dd>
        {activity.place && (
          <>
            <dt>{t("activity.place")}</dt>
            <dd>{activity.place}</dd>
          </>
        )}
        {activity.partners.length > 0 && (
          <>
            <dt>{t("activity.partners")}</dt>
            <dd>{t.list(activity.partners)}</dd>
          </>
        )}
        {activity.metric && (
          <>
            <dt>{t("activity.metric")}</dt>
            <dd>
              {activity.metric.name.replaceAll("_", " ")}:{" "}
              {new Intl.NumberFormat(language).format(activity.metric.value)}
            </dd>
          </>
        )}
      </dl>
      <blockquote className="quote">
        <p>“{activity.quote}”</p>
        <footer>{sourceTitle}</footer>
      </blockquote>
    </li>
  );
}
