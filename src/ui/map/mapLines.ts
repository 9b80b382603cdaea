import type { FeatureCollection, LineString } from "geojson";
import type { PartnerArc } from "../../core/atlas/activityPlaces";
import type { LngLat } from "../../core/geography/types";
import type { YearWindow } from "../../core/time/yearWindow";

/**
 * The map's lines, drawn by MapLibre (mapLineStyle in baseMapStyle.ts, added by useMapLines.ts):
 * the partnership arcs and the gaps view's line to the nearest covered country. MapLibre already draws lines for the
 * borders; deck.gl would compile a line program of its own, a quarter of a second before the
 * symbols appear in software WebGL. This file is pure: features and which arcs are shown.
 */

/** Each arc as a line from the partner government to the beneficiary; its feature id is its index. */
export function partnerArcFeatures(arcs: readonly PartnerArc[]): FeatureCollection<LineString> {
  return {
    type: "FeatureCollection",
    features: arcs.map((arc, id) => ({
      type: "Feature",
      id,
      properties: {},
      geometry: { type: "LineString", coordinates: [arc.from, arc.to] },
    })),
  };
}

/** What decides whether an arc is shown. */
export interface ArcFilter {
  /** The partnerships are among the shown categories. */
  visible: boolean;
  yearWindow: YearWindow;
  /** The chosen region, or null for the whole world. */
  focusRegion: string | null;
  /** A country's region, or null. */
  regionOf: (iso3: string) => string | null;
}

/**
 * Per arc: shown when partnerships are shown, its record is active in the window and, when a region
 * is chosen, its beneficiary (an arc belongs to its beneficiary's region) is in it.
 */
export function shownArcs(arcs: readonly PartnerArc[], filter: ArcFilter): boolean[] {
  const { from, to } = filter.yearWindow;
  return arcs.map(
    (arc) =>
      filter.visible &&
      arc.activity.yearStart <= to &&
      arc.activity.yearEnd >= from &&
      (filter.focusRegion === null || filter.regionOf(arc.beneficiary) === filter.focusRegion),
  );
}

/** The gaps view's line from the hovered gap country to the nearest covered one (none: empty). */
export function gapLineFeatures(
  line: { from: LngLat; to: LngLat } | null,
): FeatureCollection<LineString> {
  return {
    type: "FeatureCollection",
    features: line
      ? [
          {
            type: "Feature",
            properties: {},
            geometry: { type: "LineString", coordinates: [line.from, line.to] },
          },
        ]
      : [],
  };
}
