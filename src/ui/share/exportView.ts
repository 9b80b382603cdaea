import type { MapLibreOverlay } from "@deck.gl/maplibre";
import type { Map as MapLibreMap } from "maplibre-gl";
import { choroplethClassLabels } from "../../core/aggregation/choroplethClasses";
import type { Atlas } from "../../core/atlas/prepareAtlas";
import { recordsToCsv } from "../../core/export/recordsCsv";
import { recordsToGeoJson } from "../../core/export/recordsGeoJson";
import { ITU_REGIONS } from "../../core/geography/types";
import type { ViewState } from "../../core/url/viewState";
import type { Translate } from "../../i18n/translate";
import { type PngFrame, renderViewPng } from "../export/exportPng";
import { downloadBlob, downloadText } from "../table/download";
import { CATEGORY_STYLE } from "../theme/categoryStyle";
import { CHOROPLETH_HEX, NO_DATA_HEX, ZERO_HEX } from "../theme/choroplethColours";
import { REGION_COLOURS } from "../theme/colours";
import type { AtlasView } from "../useAtlasView";

export type ExportKind = "png" | "png2x" | "csv" | "geojson";

/** The legend and lines drawn into a PNG: the same categories, counts and colours as on screen. */
export function pngFrame(atlas: Atlas, state: ViewState, view: AtlasView, t: Translate): PngFrame {
  const shapes = {
    assistance: "dot",
    cirt: "diamond",
    dtc: "square",
    connectivity: "triangle",
    partnership: "line",
  } as const;
  const legend: PngFrame["legend"] = state.layers.map((c) => ({
    colour: CATEGORY_STYLE[c].hex,
    label: `${t(`category.${c}`)}: ${view.perCategory[c]}`,
    shape: shapes[c],
  }));
  if (state.view === "countries") {
    legend.push({ colour: ZERO_HEX, label: t("legend.zero"), shape: "square" });
    for (const [i, label] of choroplethClassLabels().entries()) {
      legend.push({
        colour: CHOROPLETH_HEX[i] ?? ZERO_HEX,
        label: `${label} ${t("legend.perCountry")}`,
        shape: "square",
      });
    }
    legend.push({ colour: NO_DATA_HEX, label: t("legend.noData"), shape: "square" });
  } else {
    for (const region of ITU_REGIONS)
      legend.push({
        colour: REGION_COLOURS[region].fill,
        label: t(`region.${region}`),
        shape: "square",
      });
  }
  const place = state.country
    ? atlas.countryByIso3.get(state.country)?.name
    : view.region
      ? t(`region.${view.region}`)
      : null;
  return {
    title: place ? `${t("app.title")}: ${place}` : t("app.title"),
    subtitle: `${view.windowText} · ${state.layers.map((c) => t(`category.${c}`)).join(", ") || t("panel.noCategories")}`,
    legend,
    sourceLine: t("source.line"),
  };
}

export async function exportView(
  kind: ExportKind,
  atlas: Atlas,
  state: ViewState,
  view: AtlasView,
  t: Translate,
  handles: { map: MapLibreMap; overlay: MapLibreOverlay } | null,
): Promise<void> {
  const countryName = (iso3: string) => atlas.countryByIso3.get(iso3)?.name ?? iso3;
  const sourceTitle = (id: string) => atlas.sourceTitle.get(id) ?? id;
  if (kind === "csv") {
    downloadText(
      recordsToCsv(view.selectRecords(), countryName, sourceTitle),
      view.fileName("csv"),
      "text/csv;charset=utf-8",
    );
  } else if (kind === "geojson") {
    const collection = recordsToGeoJson(
      view.selectRecords(),
      (iso3) => atlas.placeByIso3.get(iso3),
      countryName,
      sourceTitle,
    );
    downloadText(
      JSON.stringify(collection, null, 1),
      view.fileName("geojson"),
      "application/geo+json",
    );
  } else {
    if (!handles) throw new Error(t("map.noWebgl"));
    const scale = kind === "png2x" ? 2 : 1;
    const blob = await renderViewPng(
      handles.map,
      handles.overlay,
      pngFrame(atlas, state, view, t),
      scale,
    );
    downloadBlob(blob, view.fileName(scale === 2 ? "2x.png" : "png"));
  }
}
