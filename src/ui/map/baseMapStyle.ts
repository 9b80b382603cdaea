import type { StyleSpecification } from "maplibre-gl";
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

/**
 * The base map: an offline MapLibre style built from the atlas's own shapes. No tile server,
 * no remote style, no glyphs or sprites: nothing leaves the page's origin.
 */
export function offlineBaseMapStyle(atlas: Atlas): StyleSpecification {
  const regionMatch: unknown[] = ["match", ["get", "region"]];
  for (const region of ITU_REGIONS) regionMatch.push(region, REGION_COLOURS[region].fill);
  regionMatch.push(OTHER_ECONOMY_COLOUR.fill);

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
        id: "country-fill",
        type: "fill",
        source: "countries",
        paint: { "fill-color": regionMatch as never },
      },
      {
        id: "country-border",
        type: "line",
        source: "countries",
        paint: { "line-color": BORDER, "line-width": 0.6 },
      },
      {
        id: "region-outline",
        type: "line",
        source: "regions",
        paint: { "line-color": REGION_OUTLINE, "line-width": 1.2 },
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
