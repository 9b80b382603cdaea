import type { PickingInfo } from "@deck.gl/core";
import { useMemo, useState } from "react";
import type { Atlas } from "../core/atlas/prepareAtlas";
import { CountryPanel } from "./CountryPanel";
import { ErrorBoundary } from "./ErrorBoundary";
import { useTranslate } from "./i18n";
import { RegionLegend } from "./Legend";
import { AtlasMap } from "./map/AtlasMap";
import {
  type CountryLabel,
  countryLabelLayer,
  countryPickingLayer,
  smallCountryMarkerLayer,
} from "./map/layers/countryLayers";
import { type HoverTarget, Tooltip } from "./Tooltip";

/** The ISO code under the pointer, whichever country layer was picked. */
function iso3OfPick(info: PickingInfo): string | null {
  const object = info.object as { iso3?: string; properties?: { iso3?: string } } | undefined;
  return object?.properties?.iso3 ?? object?.iso3 ?? null;
}

export function App({ atlas }: { atlas: Atlas }) {
  const t = useTranslate();
  const [selected, setSelected] = useState<string | null>(null);
  const [hovered, setHovered] = useState<HoverTarget | null>(null);
  const [webglProblem, setWebglProblem] = useState<string | null>(null);

  const selectedCountry = selected ? (atlas.countryByIso3.get(selected) ?? null) : null;
  const hoveredCountry = hovered ? atlas.countryByIso3.get(hovered.iso3) : undefined;

  const layers = useMemo(() => {
    const labels: CountryLabel[] = [];
    const place = selected ? atlas.placeByIso3.get(selected) : undefined;
    if (place && selectedCountry)
      labels.push({ iso3: place.iso3, name: selectedCountry.name, position: place.point });
    return [
      countryPickingLayer(atlas, selected),
      smallCountryMarkerLayer(atlas, selected),
      countryLabelLayer(labels),
    ];
  }, [atlas, selected, selectedCountry]);

  const focusBounds = useMemo(
    () => (selected ? (atlas.placeByIso3.get(selected)?.bbox ?? null) : null),
    [atlas, selected],
  );

  return (
    <div className="app">
      <header className="app-header">
        <h1>{t("app.title")}</h1>
        <p className="subtitle">{t("app.subtitle")}</p>
      </header>
      <main className="app-main">
        <div className="map-area">
          <ErrorBoundary
            fallback={(reason) => <p className="notice error">{t("app.partError", { reason })}</p>}
          >
            {webglProblem ? (
              <p className="notice error" role="alert">
                {t("map.noWebgl")} ({webglProblem})
              </p>
            ) : (
              <AtlasMap
                atlas={atlas}
                layers={layers}
                focusBounds={focusBounds}
                label={t("map.label")}
                onHover={(info) => {
                  const iso3 = iso3OfPick(info);
                  setHovered(iso3 ? { iso3, x: info.x, y: info.y } : null);
                }}
                onClick={(info) => setSelected(iso3OfPick(info))}
                onWebglUnavailable={setWebglProblem}
              />
            )}
            {hovered && hoveredCountry && (
              <Tooltip country={hoveredCountry} x={hovered.x} y={hovered.y} />
            )}
            <RegionLegend />
          </ErrorBoundary>
        </div>
        <aside className="side-panel" aria-label={t("panel.title")}>
          <ErrorBoundary
            fallback={(reason) => <p className="notice error">{t("app.partError", { reason })}</p>}
          >
            <CountryPanel country={selectedCountry} onClose={() => setSelected(null)} />
          </ErrorBoundary>
        </aside>
      </main>
      <footer className="bottom-bar">
        <span>{t("source.line")}</span>
        <span>
          {t("source.counts", {
            activities: atlas.data.activities.length,
            sources: atlas.data.sources.length,
          })}
        </span>
      </footer>
    </div>
  );
}
