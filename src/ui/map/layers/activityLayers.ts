import { DataFilterExtension, type DataFilterExtensionProps } from "@deck.gl/extensions";
import { ArcLayer, IconLayer, LineLayer, ScatterplotLayer } from "@deck.gl/layers";
import type { ActivitySymbol, PartnerArc } from "../../../core/atlas/activityPlaces";
import type { Category } from "../../../core/data/schema";
import { FIRST_YEAR, LAST_YEAR } from "../../../core/time/years";
import type { YearWindow } from "../../../core/time/yearWindow";
import { CATEGORY_STYLE, symbolDataUrl } from "../../theme/categoryStyle";
import { hexToRgba } from "../../theme/colours";
import { GAP_HEX } from "../../theme/palette";
import { LAYER_IDS } from "../layerIds";

/**
 * The time window filters records on the GPU: each object carries [yearStart, yearEnd] and is shown
 * when yearStart <= yearWindow.to and yearEnd >= yearWindow.from. Moving the slider changes only `filterRange`;
 * the layer's data and attributes are never rebuilt.
 */
const timeFilter = new DataFilterExtension({ filterSize: 2 });
function timeFilterProps(yearWindow: YearWindow) {
  return {
    extensions: [timeFilter],
    filterRange: [
      [FIRST_YEAR, yearWindow.to],
      [yearWindow.from, LAST_YEAR],
    ] as [number, number][],
  };
}
const yearsOf = (item: { activity: { yearStart: number; yearEnd: number } }): [number, number] => [
  item.activity.yearStart,
  item.activity.yearEnd,
];

/** CIRT, DTC or connectivity symbols: the category's shape; hollow when only the period is known; faded when planned. */
export function pointSymbolLayer(
  symbols: ActivitySymbol[],
  category: Exclude<Category, "assistance" | "partnership">,
  yearWindow: YearWindow,
  visible: boolean,
) {
  const style = CATEGORY_STYLE[category];
  const shape = style.shape as "diamond" | "square" | "triangle";
  const icons = {
    solid: {
      id: `${category}-solid`,
      url: symbolDataUrl(shape, false, style.hex),
      width: 32,
      height: 32,
    },
    hollow: {
      id: `${category}-hollow`,
      url: symbolDataUrl(shape, true, style.hex),
      width: 32,
      height: 32,
    },
  };
  return new IconLayer<ActivitySymbol, DataFilterExtensionProps<ActivitySymbol>>({
    id: LAYER_IDS.symbols(category),
    data: symbols,
    visible,
    pickable: true,
    getIcon: (s) => (s.activity.datePrecision === "period" ? icons.hollow : icons.solid),
    getPosition: (s) => s.position,
    getPixelOffset: (s) => s.offset,
    getSize: 17,
    sizeUnits: "pixels",
    getColor: (s) =>
      s.activity.status === "planned" ? [255, 255, 255, 140] : [255, 255, 255, 255],
    getFilterValue: yearsOf,
    ...timeFilterProps(yearWindow),
  });
}

/** Small dots where an assistance or partnership record names a site (city, venue). */
export function siteDotLayer(
  dots: ActivitySymbol[],
  category: "assistance" | "partnership",
  yearWindow: YearWindow,
  visible: boolean,
) {
  return new ScatterplotLayer<ActivitySymbol, DataFilterExtensionProps<ActivitySymbol>>({
    id: LAYER_IDS.siteDots(category),
    data: dots,
    visible,
    pickable: true,
    getPosition: (d) => d.position,
    getRadius: 3.5,
    radiusUnits: "pixels",
    stroked: true,
    getLineColor: [255, 255, 255, 230],
    lineWidthMinPixels: 1,
    getFillColor: CATEGORY_STYLE[category].colour,
    getFilterValue: yearsOf,
    ...timeFilterProps(yearWindow),
  });
}

/** Partnership arcs from the partner government to the beneficiary country. */
export function partnerArcLayer(arcs: PartnerArc[], yearWindow: YearWindow, visible: boolean) {
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
    getFilterValue: yearsOf,
    ...timeFilterProps(yearWindow),
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
