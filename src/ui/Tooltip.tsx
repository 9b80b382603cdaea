import type { Country } from "../core/geography/types";
import { CountryBadges } from "./CountryBadges";
import { useTranslate } from "./i18n";

export interface HoverTarget {
  iso3: string;
  x: number;
  y: number;
}

/** The hover card: country name, ITU-D region, LDC/LLDC/SIDS. */
export function Tooltip({ country, x, y }: { country: Country; x: number; y: number }) {
  const t = useTranslate();
  return (
    <div
      className="tooltip"
      role="tooltip"
      style={{ insetInlineStart: x + 14, insetBlockStart: y + 14 }}
    >
      <strong className="tooltip-name">{country.name}</strong>
      <div className="tooltip-region">
        {t(country.region ? `region.${country.region}` : "region.none")}
      </div>
      <CountryBadges country={country} />
    </div>
  );
}
