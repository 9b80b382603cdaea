import type { Activity } from "../../core/data/schema";
import { useTranslate } from "../i18n";
import { CATEGORY_STYLE } from "../theme/categoryStyle";
import { SourceQuote } from "./SourceQuote";

/** One record, with everything the source says about it and the sentence that says so. */
export function ActivityItem({
  activity,
  sourceTitle,
}: {
  activity: Activity;
  sourceTitle: string;
}) {
  const t = useTranslate();
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
          {t.years(activity.yearStart, activity.yearEnd)}
          {activity.datePrecision === "period" && ` · ${t("activity.period")}`}
        </span>
        <span className="activity-status">{t(`status.${activity.status}`)}</span>
      </div>
      <p className="activity-title" lang="en" dir="ltr">
        {activity.title}
      </p>
      <dl className="activity-facts">
        <dt>{t("activity.theme")}</dt>
        <dd>{t(`theme.${activity.theme}`)}</dd>
        {activity.place && (
          <>
            <dt>{t("activity.place")}</dt>
            <dd>
              <bdi lang="en">{activity.place}</bdi>
            </dd>
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
              <bdi lang="en">{activity.metric.name.replaceAll("_", " ")}</bdi>:{" "}
              {t.number(activity.metric.value)}
            </dd>
          </>
        )}
      </dl>
      <SourceQuote quote={activity.quote} source={sourceTitle} />
    </li>
  );
}
