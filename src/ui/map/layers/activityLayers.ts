import type { DataFilterExtensionProps } from "@deck.gl/extensions";
import type { PartnerArc } from "../../../core/atlas/activityPlaces";
import { FIRST_YEAR, LAST_YEAR } from "../../../core/time/years";
import type { YearWindow } from "../../../core/time/yearWindow";
import { CATEGORY_STYLE } from "../../theme/categoryStyle";
import { hexToRgba } from "../../theme/colours";
import { GAP_HEX } from "../../theme/palette";
import { LAYER_IDS } from "../layerIds";
import { LINK_FILTER, LinkLineLayer } from "./LinkLineLayer";

/**
 * What is shown of the partnership arcs is filtered on the GPU (the symbols are filtered by their
 * counts, see symbolLayers.ts): each arc carries [yearStart, yearEnd, region] and is
 * shown when yearStart <= window.to, yearEnd >= window.from and, when a region is chosen, its
 * country is in that region. Moving the slider or choosing a region changes only `filterRange`;
 * the layer's data and attributes are never rebuilt.
 */
export interface ShownFilter {
  yearWindow: YearWindow;
  /** Index of a country's region in ITU_REGIONS, -1 for none; fixed for the atlas. */
  regionIndexOf: (iso3: string) => number;
  /** Index of the chosen region, or null for the whole world. */
  focusRegion: number | null;
}

function filterRangeOf(f: ShownFilter): [number, number][] {
  return [
    [FIRST_YEAR, f.yearWindow.to],
    [f.yearWindow.from, LAST_YEAR],
    f.focusRegion === null ? [-1, 99] : [f.focusRegion, f.focusRegion],
  ];
}
function filterProps(f: ShownFilter) {
  return { extensions: [LINK_FILTER], filterRange: filterRangeOf(f) };
}
/**
 * Partnership arcs from the partner government to the beneficiary country: straight on the flat
 * map, fainter at the partner's end, so the direction reads.
 */
export function partnerArcLayer(arcs: PartnerArc[], shown: ShownFilter, visible: boolean) {
  const colour = CATEGORY_STYLE.partnership.colour;
  return new LinkLineLayer<PartnerArc, DataFilterExtensionProps<PartnerArc>>({
    id: LAYER_IDS.partnerArcs,
    data: arcs,
    visible,
    pickable: true,
    getSourcePosition: (a) => a.from,
    getTargetPosition: (a) => a.to,
    getColor: [colour[0], colour[1], colour[2], 120],
    getTargetColor: colour,
    getWidth: 2,
    widthUnits: "pixels",
    // An arc belongs to its beneficiary's region.
    getFilterValue: (a) => [
      a.activity.yearStart,
      a.activity.yearEnd,
      shown.regionIndexOf(a.beneficiary),
    ],
    ...filterProps(shown),
  });
}

/** Gaps view: a dashed-looking line from the hovered gap country to the nearest covered one. */
export function gapLineLayer(line: { from: [number, number]; to: [number, number] } | null) {
  type GapLine = { from: [number, number]; to: [number, number] };
  return new LinkLineLayer<GapLine, DataFilterExtensionProps<GapLine>>({
    id: LAYER_IDS.gapLine,
    data: line ? [line] : [],
    getSourcePosition: (l) => l.from,
    getTargetPosition: (l) => l.to,
    getColor: hexToRgba(GAP_HEX),
    getTargetColor: hexToRgba(GAP_HEX),
    getLightEdge: 1,
    getWidth: 3,
    widthUnits: "pixels",
    // The link lines' filter, letting the one line through: their program, none of its own.
    extensions: [LINK_FILTER],
    getFilterValue: (): [number, number, number] => [0, 0, 0],
    filterRange: [
      [0, 0],
      [0, 0],
      [0, 0],
    ] as [number, number][],
  });
}
