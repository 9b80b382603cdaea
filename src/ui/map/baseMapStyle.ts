import type { FeatureCollection, LineString } from "geojson";
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from "maplibre-gl";
import { TILES_PATH } from "../../core/data/atlasData";
import { ITU_REGIONS } from "../../core/geography/types";
import { CATEGORY_STYLE } from "../theme/categoryStyle";
import {
  BORDER,
  NO_DATA_LAND,
  OCEAN,
  OTHER_ECONOMY_COLOUR,
  REGION_COLOURS,
  REGION_OUTLINE,
} from "../theme/colours";
import { GAP_HEX } from "../theme/palette";

/** The base map's one vector source; its layers are `countries`, `other-land` and `regions`. */
export const BASE_SOURCE = "atlas";
/** The source layer whose features carry `iso3` (their feature id) and `region`. */
export const COUNTRIES_LAYER = "countries";
/** The zooms cut at build time (tools/vectorTiles.ts); MapLibre scales z5 up beyond it. */
const TILE_ZOOMS = { minzoom: 0, maxzoom: 5 } as const;

/**
 * The tile URL template, absolute: the atlas may be served from any sub-folder, so it is resolved
 * against the page's address at run time. Only the folder goes through URL(), which would escape
 * the `{z}/{x}/{y}` placeholders.
 */
/** A country's feature in the base map's vector tiles, for feature-state (its id is its ISO code). */
export function countryFeature(iso3: string) {
  return { source: BASE_SOURCE, sourceLayer: COUNTRIES_LAYER, id: iso3 };
}

export function tileUrlTemplate(baseUri: string): string {
  return `${new URL(TILES_PATH, baseUri).href}{z}/{x}/{y}.pbf`;
}

/** Layer ids of the base map that the app changes at run time. */
export const BASE_LAYERS = {
  countryFill: "country-fill",
  countrySelected: "country-selected",
  regionOutline: "region-outline",
  regionSelected: "region-selected",
  /** The partnership arcs (mapLines.ts); a pick on them reads this id. */
  partnerArcs: "partner-arcs",
} as const;

/** The sources of the map's lines (mapLines.ts), given new data or feature-state at run time. */
export const LINE_SOURCES = { partnerArcs: "partner-arcs", gapLine: "gap-line" } as const;

/** An arc's feature, for its `shown` feature-state. */
export function arcFeature(id: number) {
  return { source: LINE_SOURCES.partnerArcs, id };
}

const rgba = ([r, g, b]: readonly number[], alpha: number) => `rgba(${r}, ${g}, ${b}, ${alpha})`;

/**
 * The base map: an offline MapLibre style over the atlas's own vector tiles (cut at build time from
 * its shapes, served beside the page). No tile server, no remote style, no glyphs or sprites:
 * nothing leaves the page's origin.
 *
 * Country fills read a `fill` feature-state (the choropleth colour, set per country when the time
 * window changes: no data is rebuilt) and fall back to the region tint; `hover` lightens them.
 */
export function offlineBaseMapStyle(baseUri: string): StyleSpecification {
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
      [BASE_SOURCE]: {
        type: "vector",
        tiles: [tileUrlTemplate(baseUri)],
        ...TILE_ZOOMS,
        // Feature-state (fill, hover) addresses countries by their ISO code.
        promoteId: { [COUNTRIES_LAYER]: "iso3" },
      },
    },
    layers: [
      { id: "ocean", type: "background", paint: { "background-color": OCEAN } },
      {
        id: "other-land",
        type: "fill",
        source: BASE_SOURCE,
        "source-layer": "other-land",
        paint: { "fill-color": NO_DATA_LAND },
      },
      {
        id: BASE_LAYERS.countryFill,
        type: "fill",
        source: BASE_SOURCE,
        "source-layer": COUNTRIES_LAYER,
        paint: { "fill-color": fill },
      },
      {
        id: "country-border",
        type: "line",
        source: BASE_SOURCE,
        "source-layer": COUNTRIES_LAYER,
        paint: { "line-color": BORDER, "line-width": 0.6 },
      },
      {
        id: BASE_LAYERS.regionOutline,
        type: "line",
        source: BASE_SOURCE,
        "source-layer": "regions",
        paint: { "line-color": REGION_OUTLINE, "line-width": 1.2 },
      },
      {
        id: BASE_LAYERS.regionSelected,
        type: "line",
        source: BASE_SOURCE,
        "source-layer": "regions",
        filter: ["==", ["get", "region"], ""],
        paint: { "line-color": "#141414", "line-width": 3 },
      },
      {
        id: BASE_LAYERS.countrySelected,
        type: "line",
        source: BASE_SOURCE,
        "source-layer": COUNTRIES_LAYER,
        filter: ["==", ["get", "iso3"], ""],
        paint: { "line-color": "#141414", "line-width": 2.5 },
      },
    ],
  };
}

/**
 * The map's lines (mapLines.ts), added over the base map once it is idle (useMapLines), so that
 * compiling their programs does not delay the first map: the partnership arcs, straight on the
 * flat map and fainter at the partner's end so the direction reads (an arc is drawn when its
 * `shown` state is set: the window, the region, the legend), and the gaps view's line.
 */
export function mapLineStyle(partnerArcs: FeatureCollection<LineString>): {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
} {
  return {
    sources: {
      // lineMetrics: the arcs shade along their length (line-progress).
      [LINE_SOURCES.partnerArcs]: { type: "geojson", data: partnerArcs, lineMetrics: true },
      [LINE_SOURCES.gapLine]: {
        type: "geojson",
        data: { type: "FeatureCollection", features: [] },
      },
    },
    layers: [
      {
        id: BASE_LAYERS.partnerArcs,
        type: "line",
        source: LINE_SOURCES.partnerArcs,
        paint: {
          "line-width": 2,
          "line-gradient": [
            "interpolate",
            ["linear"],
            ["line-progress"],
            0,
            rgba(CATEGORY_STYLE.partnership.colour, 0.47),
            1,
            rgba(CATEGORY_STYLE.partnership.colour, 1),
          ],
          "line-opacity": ["case", ["boolean", ["feature-state", "shown"], false], 1, 0],
        },
      },
      // The gaps view's line to the nearest covered country: the gap colour on a light edge.
      {
        id: "gap-line-edge",
        type: "line",
        source: LINE_SOURCES.gapLine,
        paint: { "line-color": "rgba(255, 255, 255, 0.9)", "line-width": 5 },
      },
      {
        id: "gap-line",
        type: "line",
        source: LINE_SOURCES.gapLine,
        paint: { "line-color": GAP_HEX, "line-width": 2 },
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
