import type { MapLibreOverlay } from "@deck.gl/maplibre";
import type { Map as MapLibreMap } from "maplibre-gl";
import { Suspense, useMemo, useState } from "react";
import type { Atlas } from "../../core/atlas/prepareAtlas";
import { CATEGORIES, type Category } from "../../core/data/schema";
import type { Camera, ViewState } from "../../core/url/viewState";
import { type AtlasViewModel, hoverCount } from "../../core/view/viewModel";
import { ErrorBoundary } from "../ErrorBoundary";
import { useTranslate } from "../i18n";
import { RecordsTable, SourcesView } from "../lazyParts";
import { LoadingPart } from "../state/pendingParts";
import { AtlasMap } from "./AtlasMap";
import { MapLegend } from "./MapLegend";
import { type PickTarget, pickTarget } from "./picking";
import { Tooltip } from "./Tooltip";
import type { MapLayerInput } from "./useDeckOverlay";

/** The map (or the table), with its tooltip and legend. Falls back to the table without WebGL. */
export function MapArea({
  atlas,
  state,
  model,
  update,
  initialCamera,
  onMap,
}: {
  atlas: Atlas;
  state: ViewState;
  model: AtlasViewModel;
  update: (patch: Partial<ViewState>) => void;
  initialCamera: Camera | null;
  onMap?: (map: MapLibreMap, overlay: Promise<MapLibreOverlay | null>) => void;
}) {
  const t = useTranslate();
  const [hover, setHover] = useState<{ target: PickTarget; x: number; y: number } | null>(null);
  const [webglProblem, setWebglProblem] = useState<string | null>(null);
  const regionOf = (iso3: string) => atlas.countryByIso3.get(iso3)?.region ?? null;
  const tableChosen = state.display === "table" && !state.embed;
  const showSources = state.display === "sources" && !state.embed;
  const showTable = !showSources && (webglProblem !== null || tableChosen);
  const mapHidden = showTable || showSources;
  const { categories, yearWindow, countryFills, gapLine, focusRegion, symbolCounts } = model;
  // What the deck.gl layers are made from; AtlasMap builds them once deck.gl has loaded.
  const layerInput = useMemo<MapLayerInput>(
    () => [
      atlas,
      { categories, yearWindow, countryFills, gapLine, focusRegion, symbolCounts },
      state.country,
    ],
    [
      atlas,
      categories,
      yearWindow,
      countryFills,
      gapLine,
      focusRegion,
      symbolCounts,
      state.country,
    ],
  );
  const tableRecords = showTable ? (tableChosen ? model.tableRecords : model.selectRecords()) : [];
  const toggleCategory = (category: Category) =>
    update({
      categories: CATEGORIES.filter((c) =>
        c === category ? !state.categories.includes(c) : state.categories.includes(c),
      ),
    });
  const onPick = (pick: Parameters<typeof pickTarget>[0]) => pickTarget(pick, state.view, regionOf);

  return (
    <div className="map-area">
      <ErrorBoundary
        fallback={(reason) => <p className="notice error">{t("app.partError", { reason })}</p>}
      >
        {webglProblem && (
          <p className="notice error webgl-missing" role="alert">
            {t("map.noWebgl")}
          </p>
        )}
        <Suspense fallback={<LoadingPart />}>
          {showSources && <SourcesView atlas={atlas} state={state} update={update} />}
          {showTable && (
            <RecordsTable
              atlas={atlas}
              records={tableRecords}
              caption={model.caption(tableRecords)}
              fileName={model.fileName("csv")}
              yearWindow={model.yearWindow}
              source={tableChosen ? state.source : null}
              onShowAll={() => update({ source: null })}
            />
          )}
        </Suspense>
        <div className="map-frame">
          {!webglProblem && (
            <AtlasMap
              atlas={atlas}
              layerInput={layerInput}
              labels={model.labels}
              countryFills={model.countryFills}
              selectedCountry={state.country}
              selectedRegion={model.focusRegion}
              focusBounds={model.focusBounds}
              label={t("map.label")}
              attribution={t("map.attribution")}
              initialCamera={initialCamera}
              addressHasCamera={state.camera !== null}
              onCameraChange={(camera) => update({ camera })}
              onMap={onMap}
              onHover={(pick) => {
                const target = onPick(pick);
                setHover(target ? { target, x: pick.x, y: pick.y } : null);
              }}
              onClick={(pick) => {
                const target = onPick(pick);
                if (target?.kind === "region") update({ region: target.region, country: null });
                else if (target?.kind === "country") update({ country: target.iso3 });
                else if ((target?.kind === "activity" || target?.kind === "symbol") && target.iso3)
                  update({ country: target.iso3 });
                else update({ country: null, region: null });
              }}
              onWebglUnavailable={setWebglProblem}
              viewKey={model.viewKey}
              hidden={mapHidden}
            />
          )}
          {hover && !mapHidden && (
            <Tooltip
              atlas={atlas}
              target={hover.target}
              x={hover.x}
              y={hover.y}
              count={
                hover.target.kind === "activity" || hover.target.kind === "symbol"
                  ? null
                  : hoverCount(atlas, hover.target, model)
              }
              yearWindow={model.yearWindow}
            />
          )}
        </div>
        <p id="map-keyboard-help" className="visually-hidden">
          {t("map.keyboard")}
        </p>
        {!mapHidden && <MapLegend legend={model.legend} onToggle={toggleCategory} />}
      </ErrorBoundary>
    </div>
  );
}
