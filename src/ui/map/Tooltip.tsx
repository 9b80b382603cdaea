import type { Atlas } from "../../core/atlas/prepareAtlas";
import { CountryBadges } from "../CountryBadges";
import { useTranslate } from "../i18n";
import type { PickTarget } from "./picking";

/** The hover card of what is under the pointer; `count` is the view model's for a place. */
export function Tooltip({
  atlas,
  target,
  x,
  y,
  count,
}: {
  atlas: Atlas;
  target: PickTarget;
  x: number;
  y: number;
  count: number | null;
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
        {count !== null && (
          <div className="tooltip-count">{t("tooltip.activities", { count })}</div>
        )}
      </>
    );
  } else if (target.kind === "region") {
    body = (
      <>
        <strong className="tooltip-name">{t(`region.${target.region}`)}</strong>
        {count !== null && (
          <div className="tooltip-count">{t("tooltip.activities", { count })}</div>
        )}
      </>
    );
  } else {
    const a = target.activity;
    const where = target.iso3 ? atlas.countryByIso3.get(target.iso3)?.name : null;
    body = (
      <>
        <strong className="tooltip-name" lang="en" dir="ltr">
          {a.title}
        </strong>
        <div className="tooltip-region">
          {t(`category.${a.category}`)} · {t.years(a.yearStart, a.yearEnd)}
          {a.datePrecision === "period" ? ` (${t("activity.period")})` : ""} ·{" "}
          {t(`status.${a.status}`)}
        </div>
        {where && <div>{a.place ? `${a.place}, ${where}` : where}</div>}
      </>
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
