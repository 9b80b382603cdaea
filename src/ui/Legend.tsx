import { ITU_REGIONS } from "../core/geography/types";
import { useTranslate } from "./i18n";
import { NO_DATA_LAND, OTHER_ECONOMY_COLOUR, REGION_COLOURS } from "./theme/colours";

/** The key to the base map: the six ITU-D regions, other economies, small-country dots. */
export function RegionLegend() {
  const t = useTranslate();
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend-title">
        {t("legend.title")}
      </h2>
      <ul className="legend-list">
        {ITU_REGIONS.map((region) => (
          <li key={region}>
            <span className="swatch" style={{ background: REGION_COLOURS[region].fill }} />
            {t(`region.${region}`)}
          </li>
        ))}
        <li>
          <span className="swatch" style={{ background: OTHER_ECONOMY_COLOUR.fill }} />
          {t("region.none")}
        </li>
        <li>
          <span className="swatch" style={{ background: NO_DATA_LAND }} />
          {t("legend.noData")}
        </li>
        <li>
          <span className="swatch dot" style={{ background: OTHER_ECONOMY_COLOUR.strong }} />
          {t("legend.smallCountry")}
        </li>
      </ul>
    </section>
  );
}
