import type { Country } from "../core/geography/types";
import { CountryBadges } from "./CountryBadges";
import { useTranslate } from "./i18n";

/** The side panel's country card: name, ITU-D region and UN groups of the selected country. */
export function CountryPanel({
  country,
  onClose,
}: {
  country: Country | null;
  onClose: () => void;
}) {
  const t = useTranslate();
  if (!country) return <p className="panel-hint">{t("panel.empty")}</p>;
  return (
    <article className="country-panel" aria-labelledby="country-name">
      <header className="panel-header">
        <h2 id="country-name">{country.name}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t("panel.close")}>
          ×
        </button>
      </header>
      <p className="country-region">
        {t("panel.region", {
          region: t(country.region ? `region.${country.region}` : "region.none"),
        })}
      </p>
      <CountryBadges country={country} />
    </article>
  );
}
