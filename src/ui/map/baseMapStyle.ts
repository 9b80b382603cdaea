import type { ExpressionSpecification, StyleSpecification } from "maplibre-gl";
import type { Atlas } from "../../core/atlas/prepareAtlas";
import { ITU_REGIONS } from "../../core/geography/types";
import {
  BORDER,
  NO_DATA_LAND,
  OCEAN,
  OTHER_ECONOMY_COLOUR,
  REGION_COLOURS,
  REGION_OUTLINE,
} from "../theme/colours";

/** Layer ids of the base map that the app changes at run time. */
export const BASE_LAYERS = {
  countryFill: "country-fill",
  countrySelected: "country-selected",
  regionOutline: "region-outline",
  regionSelected: "region-selected",
} as const;

/**
 * The base map: an offline MapLibre style built from the atlas's own shapes. No tile server,
 * no remote style, no glyphs or sprites: nothing leaves the page's origin.
 *
 * Country fills read a `fill` feature-state (the choropleth colour, set per country when the time
 * window changes: no data is rebuilt) and fall back to the region tint; `hover` lightens them.
 */
export function offlineBaseMapStyle(atlas: Atlas): StyleSpecification {
  const regionTint: unknown[] = ["match", ["get", "region"]];
  for (const region of ITU_REGIONS) regionTint.push(region, REGION_COLOURS[region].fill);
  regionTint.push(OTHER_ECONOMY_COLOUR.fill);
  const fill = [
    "case",
    ["boolean", ["feature-state", "hover"], false],
    "#FFF3B0",
    ["coalesce", ["feature-state", "fill"], regionTint],
  ] as unknown as ExpressionSpecification;

  return {
    version: 8,
    name: "ITU-D Activity Atlas (offline)",
    sources: {
      "other-land": {
        type: "geojson",
        data: { type: "FeatureCollection", features: atlas.otherShapes },
      },
      countries: {
        type: "geojson",
        promoteId: "iso3",
        data: {
          type: "FeatureCollection",
          features: atlas.countryShapes.map((shape) => ({
            ...shape,
            properties: {
              iso3: shape.properties.iso3,
              region: atlas.countryByIso3.get(shape.properties.iso3)?.region ?? "",
            },
          })),
        },
      },
      regions: {
        type: "geojson",
        data: { type: "FeatureCollection", features: atlas.regionShapes },
      },
    },
    layers: [
      { id: "ocean", type: "background", paint: { "background-color": OCEAN } },
      {
        id: "other-land",
        type: "fill",
        source: "other-land",
        paint: { "fill-color": NO_DATA_LAND },
      },
      {
        id: BASE_LAYERS.countryFill,
        type: "fill",
        source: "countries",
        paint: { "fill-color": fill },
      },
      {
        id: "country-border",
        type: "line",
        source: "countries",
        paint: { "line-color": BORDER, "line-width": 0.6 },
      },
      {
        id: BASE_LAYERS.regionOutline,
        type: "line",
        source: "regions",
        paint: { "line-color": REGION_OUTLINE, "line-width": 1.2 },
      },
      {
        id: BASE_LAYERS.regionSelected,
        type: "line",
        source: "regions",
        filter: ["==", ["get", "region"], ""],
        paint: { "line-color": "#141414", "line-width": 3 },
      },
      {
        id: BASE_LAYERS.countrySelected,
        type: "line",
        source: "countries",
        filter: ["==", ["get", "iso3"], ""],
        paint: { "line-color": "#141414", "line-width": 2.5 },
      },
    ],
  };
}

/**
 * A remote vector style, only when a site sets VITE_BASEMAP_STYLE_URL at build time.
 * The default build stays offline.
 */
export function remoteBaseMapStyleUrl(): string | null {
  const url = import.meta.env.VITE_BASEMAP_STYLE_URL;
  return typeof url === "string" && url.length > 0 ? url : null;
}
