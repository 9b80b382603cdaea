import type { Atlas } from "../../core/atlas/prepareAtlas";
import { groupRecordsIn } from "../../core/atlas/symbolCounts";
import type { Activity } from "../../core/data/schema";
import { datedInWindow, type YearWindow } from "../../core/time/yearWindow";
import type { Translate } from "../../i18n/translate";
import { CountryBadges } from "../CountryBadges";
import { useTranslate } from "../i18n";
import type { PickTarget } from "./picking";

/**
 * How a period record stands in the window: "reported for a period that includes 2019" when the
 * window cuts its period, else "reporting period only".
 */
function periodNote(a: Activity, yearWindow: YearWindow, t: Translate): string {
  if (datedInWindow(a, yearWindow) === "exact") return t("activity.period");
  return yearWindow.from === yearWindow.to
    ? t("precision.periodIncludes", { window: yearWindow })
    : t("precision.periodOverlaps", { window: yearWindow });
}

/** "8 activities (3 known only by a reporting period)" */
function HoverCount({ count, period }: { count: number; period: number }) {
  const t = useTranslate();
  return (
    <div className="tooltip-count">
      {t("tooltip.activities", { count })}
      {period > 0 && ` (${t("precision.periodPart", { count: period })})`}
    </div>
  );
}

/** One record: its title, category, years (and how its period stands in the window), status, place. */
function ActivityLines({
  atlas,
  activity: a,
  iso3,
  yearWindow,
}: {
  atlas: Atlas;
  activity: Activity;
  iso3: string | null;
  yearWindow: YearWindow;
}) {
  const t = useTranslate();
  const where = iso3 ? atlas.countryByIso3.get(iso3)?.name : null;
  return (
    <>
      <strong className="tooltip-name" lang="en" dir="ltr">
        {a.title}
      </strong>
      <div className="tooltip-region">
        {t(`category.${a.category}`)} · {t.years(a.yearStart, a.yearEnd)}
        {a.datePrecision === "period" ? ` (${periodNote(a, yearWindow, t)})` : ""} ·{" "}
        {t(`status.${a.status}`)}
      </div>
      {where && <div>{a.place ? `${a.place}, ${where}` : where}</div>}
    </>
  );
}

/** The hover card of what is under the pointer; `count` is the view model's for a place. */
export function Tooltip({
  atlas,
  target,
  x,
  y,
  count,
  yearWindow,
}: {
  atlas: Atlas;
  target: PickTarget;
  x: number;
  y: number;
  count: { count: number; period: number } | null;
  /** The window shown: a record known only by a period that overlaps it says so. */
  yearWindow: YearWindow;
}) {
  const t = useTranslate();
  let body: React.ReactNode = null;
  if (target.kind === "country") {
    const country = atlas.countryByIso3.get(target.iso3);
    if (!country) return null;
    body = (
      <>
        <strong className="tooltip-name">{country.name}</strong>
        <div className="tooltip-region">
          {t(country.region ? `region.${country.region}` : "region.none")}
        </div>
        <CountryBadges country={country} />
        {count !== null && <HoverCount {...count} />}
      </>
    );
  } else if (target.kind === "region") {
    body = (
      <>
        <strong className="tooltip-name">{t(`region.${target.region}`)}</strong>
        {count !== null && <HoverCount {...count} />}
      </>
    );
  } else if (target.kind === "symbol") {
    // A symbol stands for its records in the window: the first one, and how many more.
    const records = groupRecordsIn(target.group, yearWindow);
    const first = records[0] ?? target.group.records[0];
    if (!first) return null;
    body = (
      <>
        <ActivityLines atlas={atlas} activity={first} iso3={target.iso3} yearWindow={yearWindow} />
        {records.length > 1 && (
          <div className="tooltip-count">{t("symbols.andMore", { count: records.length - 1 })}</div>
        )}
      </>
    );
  } else {
    body = (
      <ActivityLines
        atlas={atlas}
        activity={target.activity}
        iso3={target.iso3}
        yearWindow={yearWindow}
      />
    );
  }
  return (
    <div
      className="tooltip"
      role="tooltip"
      style={{ insetInlineStart: x + 14, insetBlockStart: y + 14 }}
    >
      {body}
    </div>
  );
}
