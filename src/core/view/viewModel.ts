import type { Translate } from "../../i18n/translate";
import { categoryMask } from "../aggregation/activityCounts";
import { nearestCopy } from "../atlas/activityPlaces";
import { clusterReach } from "../atlas/fanOut";
import type { Atlas } from "../atlas/prepareAtlas";
import type { Activity, Category } from "../data/schema";
import { recordsInSelection } from "../explore/recordsInSelection";
import { exportFileName } from "../export/exportFileName";
import { type CoverageGaps, coverageGaps } from "../gaps/coverageGaps";
import type { ItuRegion, LngLat } from "../geography/types";
import { formatWindow, windowOf, YEARS, type YearWindow } from "../time/yearWindow";
import { serializeViewState, type ViewState } from "../url/viewState";
import { type CountryFills, choroplethFills, gapFills } from "./countryFills";
import { type LegendModel, legendModel } from "./legend";
import { countryPanelModel, overviewPanelModel, type PanelModel, regionPanelModel } from "./panels";

/** A text label on the map: region names and counts, the selected country's name. */
export interface MapLabel {
  id: string;
  text: string;
  position: LngLat;
  size: number;
  /**
   * When set, the label hangs this many pixels below `position` (its top edge there) instead of
   * being centred on it: the selected country's name clears the symbols drawn around its point.
   */
  below?: number;
}

/** Everything the screen shows, derived from the atlas and the view state (and nothing else). */
export interface AtlasViewModel {
  yearWindow: YearWindow;
  /** "2018–2020" */
  windowText: string;
  categories: Category[];
  categoryMask: number;
  /** The region the view is narrowed to (regions view), or null. */
  focusRegion: ItuRegion | null;
  /** Per country (in atlas.counts.countryCodes order): records of the shown categories in the window. */
  countryCounts: Int32Array;
  /** Per category: records in the window, wherever they are (the legend's counts). */
  perCategory: Record<Category, number>;
  /** Per year of the atlas, per category (the bar chart above the slider). */
  perYear: Record<Category, number>[];
  gaps: CoverageGaps | null;
  /** Country fills (countries and gaps views), or null where regions are tinted instead. */
  countryFills: CountryFills | null;
  /** Gaps view: the line from the hovered gap to the nearest country that had an activity. */
  gapLine: { from: LngLat; to: LngLat } | null;
  labels: MapLabel[];
  legend: LegendModel;
  panel: PanelModel;
  /** Bounds to fit the map to: the selected country's. */
  focusBounds: [number, number, number, number] | null;
  /** The records the table lists (only computed while it is shown; see `selectRecords`). */
  tableRecords: Activity[];
  /** The selection's records: for exports and the table. An O(records) pass. */
  selectRecords: () => Activity[];
  /** "12 records for Kenya, 2018–2020" */
  caption: (count: number) => string;
  /** "itu-d-activities_cirt_2018-2020_KEN.csv" */
  fileName: (extension: string) => string;
  /** What is shown, for the PNG and the embed: "ITU-D Activity Atlas: Kenya". */
  title: string;
  /** "2018–2020 · CIRTs, Digital Transformation Centres" */
  subtitle: string;
  /** The view without the camera: the map marks when it has drawn it (data-drawn-view). */
  viewKey: string;
}

/**
 * Computes a step, or returns the previous result when `inputs` did not change. React's useMemo in
 * the app (see useAtlasView); plain evaluation in tests and scripts.
 */
export type Memo = <T>(compute: () => T, inputs: readonly unknown[]) => T;
const evaluate: Memo = (compute) => compute();

/**
 * The view model, as a pipeline of named steps. Each step says what it reads; `memo` lets the app
 * skip the steps whose inputs did not change (a slider step recounts countries, O(countries), and
 * rebuilds no layer data). `memo` is called the same number of times, in the same order, always.
 */
export function atlasViewModel(
  atlas: Atlas,
  state: ViewState,
  t: Translate,
  hoveredGap: string | null = null,
  memo: Memo = evaluate,
): AtlasViewModel {
  const { view, categories, country, population } = state;
  const yearWindow = memo(() => windowOf(state.time), [state.time]);
  const mask = categoryMask(categories);
  const focusRegion = view === "regions" ? state.region : null;

  // Counts per country drive the fills; O(countries) with the window counters.
  const countryCounts = memo(
    () => atlas.counts.allCountries(mask, yearWindow),
    [atlas, mask, yearWindow],
  );
  const perCategory = memo(() => atlas.counts.perCategory(yearWindow), [atlas, yearWindow]);
  const perYear = memo(
    () => YEARS.map((year) => atlas.counts.perCategory({ from: year, to: year })),
    [atlas],
  );
  // The gap analysis only runs in the gaps view.
  const gaps = memo(
    () =>
      view === "gaps"
        ? coverageGaps(
            atlas.data.activities,
            atlas.data.countries,
            (iso3) => atlas.placeByIso3.get(iso3),
            categories,
            yearWindow,
            population,
          )
        : null,
    [atlas, view, categories, yearWindow, population],
  );
  const countryFills = memo(
    () =>
      view === "countries"
        ? choroplethFills(atlas.counts, countryCounts)
        : gaps
          ? gapFills(atlas.counts, countryCounts, gaps)
          : null,
    [atlas, view, countryCounts, gaps],
  );
  const gapLine = memo(() => gapLineOf(atlas, gaps, hoveredGap), [atlas, gaps, hoveredGap]);
  const labels = memo(
    () => mapLabels(atlas, state, mask, yearWindow, t),
    [atlas, view, country, mask, yearWindow, t],
  );
  const legend = memo(
    () => legendModel(view, categories, perCategory, t),
    [view, categories, perCategory, t],
  );
  const panel = memo(
    () => panelModel(atlas, state, yearWindow, focusRegion, gaps),
    [atlas, country, view, gaps, focusRegion, yearWindow, categories, population],
  );
  const selectRecords = memo(
    () => () =>
      recordsInSelection(atlas.data.activities, atlas.countryByIso3, {
        yearWindow: yearWindow,
        layers: categories,
        country,
        region: focusRegion,
      }),
    [atlas, yearWindow, categories, country, focusRegion],
  );
  const tableShown = state.display === "table" && !state.embed;
  const tableRecords = memo(() => (tableShown ? selectRecords() : []), [tableShown, selectRecords]);
  const focusBounds = memo(
    () => (country ? (atlas.placeByIso3.get(country)?.bbox ?? null) : null),
    [atlas, country],
  );

  const windowText = formatWindow(yearWindow);
  const countryName = country ? (atlas.countryByIso3.get(country)?.name ?? country) : null;
  const regionName = focusRegion ? t(`region.${focusRegion}`) : null;
  const place = countryName ?? regionName;
  return {
    yearWindow,
    windowText,
    categories,
    categoryMask: mask,
    focusRegion,
    countryCounts,
    perCategory,
    perYear,
    gaps,
    countryFills,
    gapLine,
    labels,
    legend,
    panel,
    focusBounds,
    tableRecords,
    selectRecords,
    caption: (count) =>
      countryName
        ? t("table.captionCountry", { count, country: countryName, window: windowText })
        : regionName
          ? t("table.captionRegion", { count, region: regionName, window: windowText })
          : t("table.caption", { count, window: windowText }),
    fileName: (extension) =>
      exportFileName(categories, yearWindow, country ?? focusRegion, extension),
    title: place ? `${t("app.title")}: ${place}` : t("app.title"),
    subtitle: `${windowText} · ${t.list(categories.map((c) => t(`category.${c}`))) || t("panel.noCategories")}`,
    viewKey: serializeViewState({ ...state, camera: null }),
  };
}

function panelModel(
  atlas: Atlas,
  state: ViewState,
  yearWindow: YearWindow,
  focusRegion: ItuRegion | null,
  gaps: CoverageGaps | null,
): PanelModel {
  const categories = state.categories;
  const country = state.country
    ? countryPanelModel(atlas, state.country, yearWindow, categories)
    : null;
  if (country) return country;
  if (gaps)
    return {
      kind: "gaps",
      result: gaps,
      population: state.population,
      categories,
      csvFileName: exportFileName(categories, yearWindow, "gaps", "csv"),
    };
  if (focusRegion) return regionPanelModel(atlas, focusRegion, yearWindow, categories);
  return overviewPanelModel(atlas, yearWindow, categories, state.view === "regions");
}

function gapLineOf(
  atlas: Atlas,
  gaps: CoverageGaps | null,
  hoveredGap: string | null,
): { from: LngLat; to: LngLat } | null {
  const gap = hoveredGap ? gaps?.gaps.find((g) => g.country.iso3 === hoveredGap) : undefined;
  const from = gap ? atlas.placeByIso3.get(gap.country.iso3)?.point : undefined;
  const to = gap?.nearest ? atlas.placeByIso3.get(gap.nearest.iso3)?.point : undefined;
  return from && to ? { from, to: nearestCopy(to, from[0]) } : null;
}

/**
 * The map's text labels: region names and counts in the regions view, and the selected country's
 * name. The map draws them as HTML, so every script, Arabic included, is shaped by the browser.
 */
function mapLabels(
  atlas: Atlas,
  state: ViewState,
  mask: number,
  yearWindow: YearWindow,
  t: Translate,
): MapLabel[] {
  const labels: MapLabel[] = [];
  if (state.view === "regions")
    for (const [region, position] of atlas.regionLabelPoints)
      labels.push({
        id: region,
        text: `${t(`region.${region}`)}\n${atlas.counts.region(region, mask, yearWindow)}`,
        position,
        size: 15,
      });
  const place = state.country ? atlas.placeByIso3.get(state.country) : undefined;
  const country = state.country ? atlas.countryByIso3.get(state.country) : undefined;
  if (place && country) {
    // Below the symbols (and the dot marker) at the country's point, whichever categories are shown.
    const own = Object.values(atlas.symbolsByCategory)
      .flat()
      .filter((s) => s.iso3 === country.iso3);
    const reach = Math.max(clusterReach(own, place.point), place.needsMarker ? 8 : 0);
    labels.push({
      id: country.iso3,
      text: country.name,
      position: place.point,
      size: 14,
      ...(reach > 0 ? { below: reach + 3 } : {}),
    });
  }
  return labels;
}

/** The count a hover card shows for a country or a region. */
export function hoverCount(
  atlas: Atlas,
  target: { kind: "country"; iso3: string } | { kind: "region"; region: ItuRegion },
  model: Pick<AtlasViewModel, "categoryMask" | "yearWindow">,
): number {
  return target.kind === "country"
    ? atlas.counts.country(target.iso3, model.categoryMask, model.yearWindow)
    : atlas.counts.region(target.region, model.categoryMask, model.yearWindow);
}
