import type { Layer } from "@deck.gl/core";
import { categoryMask } from "../../core/aggregation/activityCounts";
import { choroplethClass } from "../../core/aggregation/choroplethClasses";
import type { Atlas } from "../../core/atlas/prepareAtlas";
import type { Category } from "../../core/data/schema";
import type { CoverageGaps } from "../../core/gaps/coverageGaps";
import type { ItuRegion } from "../../core/geography/types";
import type { YearWindow } from "../../core/time/yearWindow";
import type { View } from "../../core/url/viewState";
import { choroplethHex, GAP_HEX, OUTSIDE_HEX } from "../theme/choroplethColours";
import {
  gapLineLayer,
  partnerArcLayer,
  pointSymbolLayer,
  siteDotLayer,
} from "./layers/activityLayers";
import {
  type CountryColouring,
  type MapLabel,
  smallCountryMarkerLayer,
} from "./layers/countryLayers";

export interface LayerState {
  view: View;
  window: YearWindow;
  layers: Category[];
  country: string | null;
  region: ItuRegion | null;
  /** Per-country counts for the window and layers, in atlas.counts.countryCodes order. */
  countryCounts: Int32Array;
  /** The base map's colour of each country (for the small-country dots), or null for region tints. */
  colourOf: ((iso3: string) => string | null) | null;
  /** Gaps view: the line from the hovered gap to the nearest country that had an activity. */
  gapLine: { from: [number, number]; to: [number, number] } | null;
  regionLabel: (region: ItuRegion, count: number) => string;
}

/**
 * Every deck.gl layer of the map, bottom to top, for the current state. Pure. Country and region
 * fills are the base map's (see baseMapStyle.ts); deck.gl draws what sits on top of them.
 */
export function atlasLayers(atlas: Atlas, s: LayerState): Layer[] {
  const shows = (c: Category) => s.layers.includes(c);
  const colourOf = s.colourOf;
  const colouring: CountryColouring = colourOf
    ? {
        kind: "fill",
        key: `${s.view}-${s.window.from}-${s.window.to}-${s.layers.join(",")}`,
        colourOf,
      }
    : { kind: "region" };

  return [
    smallCountryMarkerLayer(atlas, colouring, s.country),
    partnerArcLayer(atlas.partnerArcs, s.window, shows("partnership")),
    siteDotLayer(atlas.symbolsByCategory.assistance, "assistance", s.window, shows("assistance")),
    siteDotLayer(
      atlas.symbolsByCategory.partnership,
      "partnership",
      s.window,
      shows("partnership"),
    ),
    pointSymbolLayer(
      atlas.symbolsByCategory.connectivity,
      "connectivity",
      s.window,
      shows("connectivity"),
    ),
    pointSymbolLayer(atlas.symbolsByCategory.dtc, "dtc", s.window, shows("dtc")),
    pointSymbolLayer(atlas.symbolsByCategory.cirt, "cirt", s.window, shows("cirt")),
    gapLineLayer(s.gapLine),
  ];
}

/**
 * The map's text labels: region names and counts in the regions view, and the selected country's
 * name. They are drawn as HTML over the map (see MapLabels), so every script, Arabic included, is
 * shaped and ordered by the browser.
 */
export function mapLabels(atlas: Atlas, s: LayerState): MapLabel[] {
  const labels: MapLabel[] = [];
  if (s.view === "regions") {
    const mask = categoryMask(s.layers);
    for (const [region, position] of atlas.regionLabelPoints)
      labels.push({
        id: region,
        text: s.regionLabel(region, atlas.counts.region(region, mask, s.window)),
        position,
        size: 15,
      });
  }
  const place = s.country ? atlas.placeByIso3.get(s.country) : undefined;
  const country = s.country ? atlas.countryByIso3.get(s.country) : undefined;
  if (place && country)
    labels.push({
      id: country.iso3,
      text: country.name,
      position: [place.point[0], place.point[1]],
      size: 14,
    });

  return labels;
}

/** Gaps view: gaps stand out, covered countries keep the choropleth, the rest of the world is muted. */
export function gapFills(
  atlas: Atlas,
  countryCounts: Int32Array,
  result: CoverageGaps,
): Map<string, string> {
  const fills = choroplethFills(atlas, countryCounts);
  const population = new Set(result.population.map((c) => c.iso3));
  const gaps = new Set(result.gaps.map((g) => g.country.iso3));
  for (const iso3 of fills.keys()) {
    if (gaps.has(iso3)) fills.set(iso3, GAP_HEX);
    else if (!population.has(iso3)) fills.set(iso3, OUTSIDE_HEX);
  }
  return fills;
}

/** The choropleth colour of every country, for the base map's feature-state. */
export function choroplethFills(atlas: Atlas, countryCounts: Int32Array): Map<string, string> {
  const fills = new Map<string, string>();
  atlas.counts.countryCodes.forEach((iso3, i) => {
    fills.set(iso3, choroplethHex(choroplethClass(countryCounts[i] ?? 0)));
  });
  return fills;
}
