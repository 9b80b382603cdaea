import { choroplethClassLabels } from "../core/aggregation/choroplethClasses";
import { CATEGORIES, type Category } from "../core/data/schema";
import { ITU_REGIONS } from "../core/geography/types";
import type { View } from "../core/url/viewState";
import { useTranslate } from "./i18n";
import { CATEGORY_STYLE, symbolSvg } from "./theme/categoryStyle";
import {
  CHOROPLETH_HEX,
  GAP_HEX,
  NO_DATA_HEX,
  OUTSIDE_HEX,
  ZERO_HEX,
} from "./theme/choroplethColours";
import { REGION_COLOURS } from "./theme/colours";

function SymbolKey({ category, hollow = false }: { category: Category; hollow?: boolean }) {
  const style = CATEGORY_STYLE[category];
  if (style.shape === "arc")
    return (
      <svg className="symbol" viewBox="0 0 32 32" aria-hidden="true">
        <path d="M3 26 Q16 -4 29 26" fill="none" stroke={style.hex} strokeWidth="4" />
      </svg>
    );
  return (
    <span
      className="symbol"
      aria-hidden="true"
      // The SVG is built from constants in categoryStyle.ts, never from data.
      // biome-ignore lint/security/noDangerouslySetInnerHtml: constant markup
      dangerouslySetInnerHTML={{ __html: symbolSvg(style.shape, hollow, style.hex) }}
    />
  );
}

/** Layer toggles with their symbol and count in the window, and the key to the map's colours. */
export function MapLegend({
  view,
  layers,
  counts,
  onToggle,
  compact = false,
}: {
  view: View;
  layers: Category[];
  counts: Record<Category, number>;
  onToggle: (category: Category) => void;
  /** In embeds: a collapsible legend that starts closed on small frames. */
  compact?: boolean;
}) {
  const t = useTranslate();
  return (
    <section className={compact ? "legend compact" : "legend"} aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend-title">
        {t("legend.layers")}
      </h2>
      <ul className="legend-list layer-toggles">
        {CATEGORIES.map((category) => (
          <li key={category}>
            <label>
              <input
                type="checkbox"
                checked={layers.includes(category)}
                onChange={() => onToggle(category)}
                data-layer={category}
              />
              <SymbolKey category={category} />
              <span className="layer-name">{t(`category.${category}`)}</span>
              <span className="layer-count" data-count-for={category}>
                {counts[category]}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <p className="legend-note">
        <SymbolKey category="cirt" /> {t("legend.solid")} <SymbolKey category="cirt" hollow />{" "}
        {t("legend.hollow")}
        <span className="faded-key">
          <SymbolKey category="cirt" />
        </span>{" "}
        {t("legend.planned")}
      </p>
      {view === "gaps" && (
        <>
          <h3 className="legend-title">{t("gaps.title")}</h3>
          <ul className="legend-classes">
            <li>
              <span className="swatch" style={{ background: GAP_HEX }} />
              {t("legend.gap")}
            </li>
            <li>
              <span className="swatch" style={{ background: OUTSIDE_HEX }} />
              {t("legend.outside")}
            </li>
          </ul>
        </>
      )}
      {view !== "regions" ? (
        <>
          <h3 className="legend-title">{t("legend.choropleth")}</h3>
          <ul className="legend-classes">
            <li>
              <span className="swatch" style={{ background: ZERO_HEX }} />
              {t("legend.zero")}
            </li>
            {choroplethClassLabels().map((label, i) => (
              <li key={label}>
                <span className="swatch" style={{ background: CHOROPLETH_HEX[i] }} />
                {label}
              </li>
            ))}
            <li>
              <span className="swatch" style={{ background: NO_DATA_HEX }} />
              {t("legend.noData")}
            </li>
          </ul>
        </>
      ) : (
        <>
          <h3 className="legend-title">{t("legend.title")}</h3>
          <ul className="legend-classes">
            {ITU_REGIONS.map((region) => (
              <li key={region}>
                <span className="swatch" style={{ background: REGION_COLOURS[region].fill }} />
                {t(`region.${region}`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
