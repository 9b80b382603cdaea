import { useState } from "react";
import type { Category } from "../../core/data/schema";
import type { LegendModel } from "../../core/view/legend";
import { useTranslate } from "../i18n";
import { CATEGORY_STYLE, symbolSvg } from "../theme/categoryStyle";
import { swatchHex } from "../theme/palette";

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

/**
 * One category's chip: a checkbox with its symbol, name and count, and the part of the count known
 * only by a reporting period. Without `onToggle`, the chip only takes its room (no names for tests
 * or screen readers to find twice).
 */
function LayerToggle({
  entry: { category, count, period, shown },
  onToggle,
}: {
  entry: LegendModel["categories"][number];
  onToggle?: (category: Category) => void;
}) {
  const t = useTranslate();
  const live = onToggle !== undefined;
  return (
    <label>
      <input
        type="checkbox"
        checked={shown}
        onChange={() => onToggle?.(category)}
        data-layer={live ? category : undefined}
        tabIndex={live ? undefined : -1}
      />
      <SymbolKey category={category} />
      <span className="layer-name">{t(`category.${category}`)}</span>
      <span className="layer-count" data-count-for={live ? category : undefined}>
        {count}
      </span>
      {period > 0 && (
        <span
          className="layer-period"
          data-period-for={live ? category : undefined}
          title={live ? t("precision.periodPart", { count: period }) : undefined}
        >
          <SymbolKey category={category} hollow />
          <span className="layer-period-count" aria-hidden="true">
            {period}
          </span>
          {live && (
            <span className="visually-hidden">{t("precision.periodPart", { count: period })}</span>
          )}
        </span>
      )}
    </label>
  );
}

/** The legend model drawn as HTML: layer toggles with counts, and the key to the map's fills. */
export function MapLegend({
  legend,
  onToggle,
}: {
  legend: LegendModel;
  onToggle: (category: Category) => void;
}) {
  const t = useTranslate();
  // Where the legend is a strip under the map (phones, embeds), the key to the fills opens on demand.
  const [open, setOpen] = useState(false);
  return (
    <section className="legend" aria-labelledby="legend-title" data-open={open}>
      <h2 id="legend-title" className="legend-title">
        {t("legend.layers")}
      </h2>
      {/*
        The toggles, and under them, hidden, the same toggles with the widest counts any window
        gives: the strip takes the room of the larger, so its height, and the map's, hold while
        the years change (a count's digits or a reporting-period part would wrap the chips).
      */}
      <div className="layer-toggles-room">
        <ul className="legend-list layer-toggles">
          {legend.categories.map((entry) => (
            <li key={entry.category}>
              <LayerToggle entry={entry} onToggle={onToggle} />
            </li>
          ))}
        </ul>
        <ul className="legend-list layer-toggles layer-toggles-widest" aria-hidden="true" inert>
          {legend.categories.map((entry) => (
            <li key={entry.category}>
              <LayerToggle entry={{ ...entry, ...entry.widest }} />
            </li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        className="header-button legend-toggle"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {t("legend.key")}
      </button>
      <p className="legend-note">
        <SymbolKey category="cirt" /> {t("legend.solid")} <SymbolKey category="cirt" hollow />{" "}
        {t("legend.hollow")}
        <span className="faded-key">
          <SymbolKey category="cirt" />
        </span>{" "}
        {t("legend.planned")}{" "}
        <span className="badge-key" aria-hidden="true">
          2
        </span>{" "}
        {t("symbols.badgeKey")}
      </p>
      {legend.shadingNote && <p className="legend-shading">{legend.shadingNote}</p>}
      {legend.sections.map((section) => (
        <div key={section.title} data-legend-section={section.title}>
          <h3 className="legend-title">{t(section.title)}</h3>
          <ul className="legend-classes">
            {section.rows.map((row) => (
              <li key={row.swatch} data-swatch={row.swatch}>
                <span
                  className={row.swatch === "marker" ? "swatch dot" : "swatch"}
                  style={{ background: swatchHex(row.swatch) }}
                />
                {row.label}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
