import type { ActivitySymbol, PartnerArc } from "../core/atlas/activityPlaces";
import type { Atlas } from "../core/atlas/prepareAtlas";
import type { Activity } from "../core/data/schema";
import type { ItuRegion } from "../core/geography/types";
import type { View } from "../core/url/viewState";
import { CountryBadges } from "./CountryBadges";
import { useTranslate } from "./i18n";
import type { MapPick } from "./map/AtlasMap";

/** What is under the pointer, in the atlas's own terms. */
export type HoverTarget =
  | { kind: "country"; iso3: string }
  | { kind: "region"; region: ItuRegion }
  | { kind: "activity"; activity: Activity; iso3: string | null };

/**
 * What the pointer is on. In the regions view a country stands for its region. Deck.gl objects
 * (symbols, markers, arcs) come first; otherwise the base map's country under the pointer.
 */
export function hoverTargetOf(
  pick: MapPick,
  view: View,
  regionOf: (iso3: string) => ItuRegion | null,
): HoverTarget | null {
  const asPlace = (iso3: string): HoverTarget | null => {
    if (view !== "regions") return { kind: "country", iso3 };
    const region = regionOf(iso3);
    return region ? { kind: "region", region } : { kind: "country", iso3 };
  };
  const { info } = pick;
  const object = info.object as Record<string, unknown> | undefined;
  if (!object || !info.layer) return pick.baseCountry ? asPlace(pick.baseCountry) : null;
  const id = info.layer.id;
  if (id === "small-country-markers") return asPlace(object.iso3 as string);
  if (id === "partner-arcs") {
    const arc = object as unknown as PartnerArc;
    return { kind: "activity", activity: arc.activity, iso3: arc.beneficiary };
  }
  if (id.startsWith("symbols-") || id.startsWith("site-dots-")) {
    const symbol = object as unknown as ActivitySymbol;
    return { kind: "activity", activity: symbol.activity, iso3: symbol.iso3 };
  }
  return null;
}

/** The hover card. */
export function Tooltip({
  atlas,
  target,
  x,
  y,
  count,
}: {
  atlas: Atlas;
  target: HoverTarget;
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
        <strong className="tooltip-name">{a.title}</strong>
        <div className="tooltip-region">
          {t(`category.${a.category}`)} ·{" "}
          {a.yearStart === a.yearEnd ? a.yearStart : `${a.yearStart}–${a.yearEnd}`}
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
