import { DataFilterExtension, type DataFilterExtensionProps } from "@deck.gl/extensions";
import { ArcLayer, LineLayer } from "@deck.gl/layers";
import type { PartnerArc } from "../../../core/atlas/activityPlaces";
import { FIRST_YEAR, LAST_YEAR } from "../../../core/time/years";
import type { YearWindow } from "../../../core/time/yearWindow";
import { CATEGORY_STYLE } from "../../theme/categoryStyle";
import { hexToRgba } from "../../theme/colours";
import { GAP_HEX } from "../../theme/palette";
import { LAYER_IDS } from "../layerIds";

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

const shownFilter = new DataFilterExtension({ filterSize: 3 });
function filterRangeOf(f: ShownFilter): [number, number][] {
  return [
    [FIRST_YEAR, f.yearWindow.to],
    [f.yearWindow.from, LAST_YEAR],
    f.focusRegion === null ? [-1, 99] : [f.focusRegion, f.focusRegion],
  ];
}
function filterProps(f: ShownFilter) {
  return { extensions: [shownFilter], filterRange: filterRangeOf(f) };
}
/** Partnership arcs from the partner government to the beneficiary country. */
export function partnerArcLayer(arcs: PartnerArc[], shown: ShownFilter, visible: boolean) {
  const colour = CATEGORY_STYLE.partnership.colour;
  return new ArcLayer<PartnerArc, DataFilterExtensionProps<PartnerArc>>({
    id: LAYER_IDS.partnerArcs,
    data: arcs,
    visible,
    pickable: true,
    getSourcePosition: (a) => a.from,
    getTargetPosition: (a) => a.to,
    getSourceColor: [colour[0], colour[1], colour[2], 120],
    getTargetColor: colour,
    getWidth: 2,
    widthUnits: "pixels",
    greatCircle: false,
    getHeight: 0.6,
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
  return new LineLayer<{ from: [number, number]; to: [number, number] }>({
    id: LAYER_IDS.gapLine,
    data: line ? [line] : [],
    getSourcePosition: (l) => l.from,
    getTargetPosition: (l) => l.to,
    getColor: hexToRgba(GAP_HEX),
    getWidth: 3,
    widthUnits: "pixels",
  });
}
