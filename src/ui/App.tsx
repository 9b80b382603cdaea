import { useCallback, useMemo, useState } from "react";
import { categoryMask } from "../core/aggregation/activityCounts";
import type { Atlas } from "../core/atlas/prepareAtlas";
import { CATEGORIES, type Category } from "../core/data/schema";
import { recordsInSelection } from "../core/explore/recordsInSelection";
import { exportFileName } from "../core/export/exportFileName";
import { formatWindow, type TimeSelection, windowOf, YEARS } from "../core/time/yearWindow";
import { AppHeader } from "./AppHeader";
import { ErrorBoundary } from "./ErrorBoundary";
import { useTranslate } from "./i18n";
import { MapLegend } from "./MapLegend";
import { AtlasMap } from "./map/AtlasMap";
import { atlasLayers, choroplethFills } from "./map/atlasLayers";
import { CountryPanel } from "./panels/CountryPanel";
import { OverviewPanel } from "./panels/OverviewPanel";
import { RegionPanel } from "./panels/RegionPanel";
import { searchableCountries } from "./search/searchableCountries";
import { useViewState } from "./state/useViewState";
import { type HoverTarget, hoverTargetOf, Tooltip } from "./Tooltip";
import { RecordsTable } from "./table/RecordsTable";
import { TimeSlider } from "./time/TimeSlider";
import { YearChart } from "./time/YearChart";
import { UrlNotices } from "./UrlNotices";

export function App({ atlas }: { atlas: Atlas }) {
  const t = useTranslate();
  const { state, update, notices, dismissNotices } = useViewState((iso3) =>
    atlas.countryByIso3.has(iso3),
  );
  const [hover, setHover] = useState<{ target: HoverTarget; x: number; y: number } | null>(null);
  const [webglProblem, setWebglProblem] = useState<string | null>(null);
  const window = useMemo(() => windowOf(state.time), [state.time]);
  const mask = categoryMask(state.layers);

  // Recounting for a new window is O(countries): the layers get new colours, not new data.
  const countryCounts = useMemo(
    () => atlas.counts.allCountries(mask, window),
    [atlas, mask, window],
  );
  const perCategory = useMemo(() => atlas.counts.perCategory(window), [atlas, window]);
  const perYear = useMemo(
    () => YEARS.map((year) => atlas.counts.perCategory({ from: year, to: year })),
    [atlas],
  );

  const layers = useMemo(
    () =>
      atlasLayers(atlas, {
        view: state.view,
        window,
        layers: state.layers,
        country: state.country,
        region: state.region,
        countryCounts,
        regionLabel: (region, count) => `${t(`region.${region}`)}\n${count}`,
      }),
    [atlas, state.view, window, state.layers, state.country, state.region, countryCounts, t],
  );

  const countryFills = useMemo(
    () => (state.view === "countries" ? choroplethFills(atlas, countryCounts) : null),
    [atlas, state.view, countryCounts],
  );
  const regionOf = (iso3: string) => atlas.countryByIso3.get(iso3)?.region ?? null;

  const searchable = useMemo(() => searchableCountries(atlas.data), [atlas]);
  const region = state.view === "regions" ? state.region : null;
  const selectionRecords = useMemo(
    () =>
      recordsInSelection(atlas.data.activities, atlas.countryByIso3, {
        window,
        layers: state.layers,
        country: state.country,
        region,
      }),
    [atlas, window, state.layers, state.country, region],
  );
  const windowText = formatWindow(window);
  const tableCaption = state.country
    ? t("table.captionCountry", {
        count: selectionRecords.length,
        country: atlas.countryByIso3.get(state.country)?.name ?? state.country,
        window: windowText,
      })
    : region
      ? t("table.captionRegion", {
          count: selectionRecords.length,
          region: t(`region.${region}`),
          window: windowText,
        })
      : t("table.caption", { count: selectionRecords.length, window: windowText });
  const fileName = exportFileName(state.layers, window, state.country ?? region, "csv");

  const focusBounds = useMemo(
    () => (state.country ? (atlas.placeByIso3.get(state.country)?.bbox ?? null) : null),
    [atlas, state.country],
  );
  const toggleLayer = (category: Category) =>
    update({
      layers: state.layers.includes(category)
        ? state.layers.filter((c) => c !== category)
        : CATEGORIES.filter((c) => c === category || state.layers.includes(c)),
    });
  const setTime = useCallback((time: TimeSelection) => update({ time }), [update]);

  const hoverCount =
    hover?.target.kind === "country"
      ? atlas.counts.country(hover.target.iso3, mask, window)
      : hover?.target.kind === "region"
        ? atlas.counts.region(hover.target.region, mask, window)
        : null;
  const partFailed = (reason: string) => (
    <p className="notice error">{t("app.partError", { reason })}</p>
  );

  return (
    <div className="app">
      <AppHeader
        view={state.view}
        display={state.display}
        searchable={searchable}
        onView={(view) => update({ view, region: view === "regions" ? state.region : null })}
        onDisplay={(display) => update({ display })}
        onSelectCountry={(iso3) => update({ country: iso3 })}
      />
      <UrlNotices notices={notices} onDismiss={dismissNotices} />
      <main className="app-main">
        <div className="map-area">
          <ErrorBoundary fallback={partFailed}>
            {webglProblem && (
              <p className="notice error" role="alert">
                {t("map.noWebgl")} ({webglProblem})
              </p>
            )}
            {(webglProblem || state.display === "table") && (
              <RecordsTable
                atlas={atlas}
                records={selectionRecords}
                caption={tableCaption}
                fileName={fileName}
              />
            )}
            {!webglProblem && (
              <AtlasMap
                atlas={atlas}
                layers={layers}
                countryFills={countryFills}
                selectedCountry={state.country}
                selectedRegion={state.view === "regions" ? state.region : null}
                focusBounds={focusBounds}
                label={t("map.label")}
                onHover={(pick) => {
                  const target = hoverTargetOf(pick, state.view, regionOf);
                  setHover(target ? { target, x: pick.info.x, y: pick.info.y } : null);
                }}
                onClick={(pick) => {
                  const target = hoverTargetOf(pick, state.view, regionOf);
                  if (target?.kind === "region") update({ region: target.region, country: null });
                  else if (target?.kind === "country") update({ country: target.iso3 });
                  else if (target?.kind === "activity" && target.iso3)
                    update({ country: target.iso3 });
                  else update({ country: null, region: null });
                }}
                onWebglUnavailable={setWebglProblem}
                hidden={state.display === "table"}
              />
            )}
            {hover && (
              <Tooltip
                atlas={atlas}
                target={hover.target}
                x={hover.x}
                y={hover.y}
                count={hoverCount}
              />
            )}
            {state.display === "map" && !webglProblem && (
              <MapLegend
                view={state.view}
                layers={state.layers}
                counts={perCategory}
                onToggle={toggleLayer}
              />
            )}
          </ErrorBoundary>
        </div>
        <aside className="side-panel" aria-label={t("panel.title")}>
          <ErrorBoundary fallback={partFailed}>
            {state.country ? (
              <CountryPanel
                atlas={atlas}
                iso3={state.country}
                window={window}
                layers={state.layers}
                onSelectCountry={(iso3) => update({ country: iso3 })}
                onClose={() => update({ country: null })}
              />
            ) : state.region && state.view === "regions" ? (
              <RegionPanel
                atlas={atlas}
                region={state.region}
                window={window}
                layers={state.layers}
                onSelectCountry={(iso3) => update({ country: iso3 })}
                onClose={() => update({ region: null })}
              />
            ) : (
              <OverviewPanel
                atlas={atlas}
                window={window}
                layers={state.layers}
                onSelectRegion={
                  state.view === "regions"
                    ? (region) => update({ region, country: null })
                    : undefined
                }
              />
            )}
          </ErrorBoundary>
        </aside>
      </main>
      <footer className="bottom-bar">
        <ErrorBoundary fallback={partFailed}>
          <YearChart perYear={perYear} layers={state.layers} window={window} />
          <TimeSlider selection={state.time} onChange={setTime} />
          <p className="source-line">
            {t("source.line")} ·{" "}
            {t("source.counts", {
              activities: atlas.data.activities.length,
              sources: atlas.data.sources.length,
            })}
          </p>
        </ErrorBoundary>
      </footer>
    </div>
  );
}
