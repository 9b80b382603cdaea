import type { MapLibreOverlay } from "@deck.gl/maplibre";
import type { Map as MapLibreMap } from "maplibre-gl";
import type { Atlas } from "../../core/atlas/prepareAtlas";
import { recordsToCsv } from "../../core/export/recordsCsv";
import { recordsToGeoJson } from "../../core/export/recordsGeoJson";
import { legendRows } from "../../core/view/legend";
import type { AtlasViewModel } from "../../core/view/viewModel";
import type { Translate } from "../../i18n/translate";
import { CATEGORY_STYLE } from "../theme/categoryStyle";
import { swatchHex } from "../theme/palette";
import { downloadBlob, downloadText } from "./download";
import type { ExportKind } from "./exportKinds";
import { type PngFrame, renderViewPng } from "./exportPng";

const PNG_SHAPES = {
  dot: "dot",
  diamond: "diamond",
  square: "square",
  triangle: "triangle",
  arc: "line",
} as const;

/**
 * The legend and lines drawn into a PNG: the screen's legend model, drawn on a canvas. The gaps
 * view's image carries the caveat that a gap means "not reported", as its panel does.
 */
export function pngFrame(model: AtlasViewModel, t: Translate): PngFrame {
  return {
    title: model.title,
    subtitle: model.subtitle,
    legend: legendRows(model.legend, t).map((row) =>
      "category" in row
        ? {
            colour: CATEGORY_STYLE[row.category].hex,
            label: row.label,
            shape: PNG_SHAPES[CATEGORY_STYLE[row.category].shape],
          }
        : {
            colour: swatchHex(row.swatch),
            label: row.label,
            shape: row.swatch === "marker" ? "dot" : "square",
          },
    ),
    notes: model.legend.shadingNote ? [model.legend.shadingNote] : [],
    sourceLine: t("source.line"),
    ...(model.gaps ? { note: t("gaps.caveat") } : {}),
  };
}

/** Downloads the view as a PNG, or its records as CSV or GeoJSON. This file loads on first use. */
export async function exportView(
  kind: ExportKind,
  atlas: Atlas,
  model: AtlasViewModel,
  t: Translate,
  /** The map and its deck.gl overlay, which the PNG waits for if it is still loading. */
  handles: { map: MapLibreMap; overlay: Promise<MapLibreOverlay | null> } | null,
): Promise<void> {
  const countryName = (iso3: string) => atlas.countryByIso3.get(iso3)?.name ?? iso3;
  const sourceTitle = (id: string) => atlas.sourceTitle.get(id) ?? id;
  if (kind === "csv") {
    downloadText(
      recordsToCsv(model.selectRecords(), countryName, sourceTitle, model.yearWindow),
      model.fileName("csv"),
      "text/csv;charset=utf-8",
    );
  } else if (kind === "geojson") {
    const collection = recordsToGeoJson(
      model.selectRecords(),
      (iso3) => atlas.placeByIso3.get(iso3),
      countryName,
      sourceTitle,
      model.yearWindow,
    );
    downloadText(
      JSON.stringify(collection, null, 1),
      model.fileName("geojson"),
      "application/geo+json",
    );
  } else {
    if (!handles) throw new Error(t("map.noWebgl"));
    const scale = kind === "png2x" ? 2 : 1;
    const overlay = await handles.overlay;
    const blob = await renderViewPng(handles.map, overlay, pngFrame(model, t), scale);
    downloadBlob(blob, model.fileName(scale === 2 ? "2x.png" : "png"));
  }
}
