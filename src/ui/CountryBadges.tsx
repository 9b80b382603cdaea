import { COUNTRY_GROUPS, type Country } from "../core/geography/types";
import { useTranslate } from "./i18n";

/** LDC / LLDC / SIDS badges, with the long name as a tooltip and for screen readers. */
export function CountryBadges({ country }: { country: Country }) {
  const t = useTranslate();
  const groups = COUNTRY_GROUPS.filter((group) => country[group]);
  if (groups.length === 0) return null;
  return (
    <span className="badges">
      {groups.map((group) => (
        <abbr key={group} className="badge" title={t(`group.${group}.long`)}>
          {t(`group.${group}`)}
        </abbr>
      ))}
    </span>
  );
}
