import type { MapLibreOverlay } from "@deck.gl/maplibre";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useState } from "react";
import type { Atlas } from "../core/atlas/prepareAtlas";
import type { Category } from "../core/data/schema";
import { type Camera, serializeViewState, type ViewState } from "../core/url/viewState";
import { ErrorBoundary } from "./ErrorBoundary";
import { useTranslate } from "./i18n";
import { MapLegend } from "./MapLegend";
import { AtlasMap } from "./map/AtlasMap";
import { type HoverTarget, hoverTargetOf, Tooltip } from "./Tooltip";
import { RecordsTable } from "./table/RecordsTable";
import type { AtlasView } from "./useAtlasView";

/** The map (or the table), with its tooltip and legend. Falls back to the table without WebGL. */
export function MapArea({
  atlas,
  state,
  view,
  update,
  initialCamera,
  onMap,
}: {
  atlas: Atlas;
  state: ViewState;
  view: AtlasView;
  update: (patch: Partial<ViewState>) => void;
  initialCamera: Camera | null;
  onMap?: (map: MapLibreMap, overlay: MapLibreOverlay) => void;
}) {
  const t = useTranslate();
  const [hover, setHover] = useState<{ target: HoverTarget; x: number; y: number } | null>(null);
  const [webglProblem, setWebglProblem] = useState<string | null>(null);
  const regionOf = (iso3: string) => atlas.countryByIso3.get(iso3)?.region ?? null;
  const showTable = webglProblem !== null || (state.display === "table" && !state.embed);
  const hoverCount =
    hover?.target.kind === "country"
      ? atlas.counts.country(hover.target.iso3, view.mask, view.window)
      : hover?.target.kind === "region"
        ? atlas.counts.region(hover.target.region, view.mask, view.window)
        : null;
  const tableRecords = showTable
    ? state.display === "table" && !state.embed
      ? view.records
      : view.selectRecords()
    : [];
  const toggleLayer = (category: Category) =>
    update({
      layers: state.layers.includes(category)
        ? state.layers.filter((c) => c !== category)
        : [...state.layers, category].sort(),
    });

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
        {showTable && (
          <RecordsTable
            atlas={atlas}
            records={tableRecords}
            caption={view.caption(tableRecords.length)}
            fileName={view.fileName("csv")}
          />
        )}
        {!webglProblem && (
          <AtlasMap
            atlas={atlas}
            layers={view.layers}
            labels={view.labels}
            countryFills={view.countryFills}
            selectedCountry={state.country}
            selectedRegion={view.region}
            focusBounds={view.focusBounds}
            label={t("map.label")}
            initialCamera={initialCamera}
            onCameraChange={(camera) => update({ camera })}
            onMap={onMap}
            onHover={(pick) => {
              const target = hoverTargetOf(pick, state.view, regionOf);
              setHover(target ? { target, x: pick.info.x, y: pick.info.y } : null);
            }}
            onClick={(pick) => {
              const target = hoverTargetOf(pick, state.view, regionOf);
              if (target?.kind === "region") update({ region: target.region, country: null });
              else if (target?.kind === "country") update({ country: target.iso3 });
              else if (target?.kind === "activity" && target.iso3) update({ country: target.iso3 });
              else update({ country: null, region: null });
            }}
            onWebglUnavailable={setWebglProblem}
            viewKey={serializeViewState({ ...state, camera: null })}
            hidden={showTable}
          />
        )}
        {hover && !showTable && (
          <Tooltip atlas={atlas} target={hover.target} x={hover.x} y={hover.y} count={hoverCount} />
        )}
        <p id="map-keyboard-help" className="visually-hidden">
          {t("map.keyboard")}
        </p>
        {!showTable && (
          <MapLegend
            view={state.view}
            layers={state.layers}
            counts={view.perCategory}
            onToggle={toggleLayer}
            compact={state.embed}
          />
        )}
      </ErrorBoundary>
    </div>
  );
}
