import { DataFilterExtension, type DataFilterExtensionProps } from "@deck.gl/extensions";
import { ArcLayer, IconLayer, LineLayer, ScatterplotLayer } from "@deck.gl/layers";
import type { ActivitySymbol, PartnerArc } from "../../../core/atlas/activityPlaces";
import type { Category } from "../../../core/data/schema";
import type { YearWindow } from "../../../core/time/yearWindow";
import { CATEGORY_STYLE, symbolDataUrl } from "../../theme/categoryStyle";

/**
 * The time window filters records on the GPU: each object carries [yearStart, yearEnd] and is shown
 * when yearStart <= window.to and yearEnd >= window.from. Moving the slider changes only `filterRange`;
 * the layer's data and attributes are never rebuilt.
 */
const timeFilter = new DataFilterExtension({ filterSize: 2 });
function timeFilterProps(window: YearWindow) {
  return {
    extensions: [timeFilter],
    filterRange: [
      [2013, window.to],
      [window.from, 2021],
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
  window: YearWindow,
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
    id: `symbols-${category}`,
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
    ...timeFilterProps(window),
  });
}

/** Small dots where an assistance or partnership record names a site (city, venue). */
export function siteDotLayer(
  dots: ActivitySymbol[],
  category: "assistance" | "partnership",
  window: YearWindow,
  visible: boolean,
) {
  return new ScatterplotLayer<ActivitySymbol, DataFilterExtensionProps<ActivitySymbol>>({
    id: `site-dots-${category}`,
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
    ...timeFilterProps(window),
  });
}

/** Partnership arcs from the partner government to the beneficiary country. */
export function partnerArcLayer(arcs: PartnerArc[], window: YearWindow, visible: boolean) {
  const colour = CATEGORY_STYLE.partnership.colour;
  return new ArcLayer<PartnerArc, DataFilterExtensionProps<PartnerArc>>({
    id: "partner-arcs",
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
    ...timeFilterProps(window),
  });
}

/** Gaps view: a dashed-looking line from the hovered gap country to the nearest covered one. */
export function gapLineLayer(line: { from: [number, number]; to: [number, number] } | null) {
  return new LineLayer<{ from: [number, number]; to: [number, number] }>({
    id: "gap-line",
    data: line ? [line] : [],
    getSourcePosition: (l) => l.from,
    getTargetPosition: (l) => l.to,
    getColor: [197, 27, 125, 255],
    getWidth: 3,
    widthUnits: "pixels",
  });
}
