import type { Translate } from "../../i18n/translate";
import { type CountedRecords, categoryMask } from "../aggregation/activityCounts";
import { type YearChart, yearChart } from "../aggregation/yearChart";
import { nearestCopy } from "../atlas/activityPlaces";
import type { Atlas } from "../atlas/prepareAtlas";
import { type Activity, CATEGORIES, type Category } from "../data/schema";
import { recordsInSelection } from "../explore/recordsInSelection";
import { exportFileName } from "../export/exportFileName";
import { type CoverageGaps, coverageGaps } from "../gaps/coverageGaps";
import type { Bounds } from "../geography/regionBounds";
import type { ItuRegion, LngLat } from "../geography/types";
import { datedInWindow, windowOf, type YearWindow } from "../time/yearWindow";
import { serializeViewState, type ViewState } from "../url/viewState";
import { type CountryFills, choroplethFills, gapFills } from "./countryFills";
import { type LegendModel, legendModel, widestLegendCounts } from "./legend";
import { boundsToFit, type MapLabel, mapLabels } from "./mapLabels";
import {
  countryPanelModel,
  overviewPanelModel,
  type PanelModel,
  regionCounts,
  regionPanelModel,
} from "./panels";
import { viewTitle } from "./viewTitle";

export type { MapLabel };

/** Everything the screen shows, derived from the atlas and the view state (and nothing else). */
export interface AtlasViewModel {
  yearWindow: YearWindow;
  /** "2018–2020" */
  windowText: string;
  categories: Category[];
  categoryMask: number;
  /** The region the view is narrowed to (region= in any view), or null. */
  focusRegion: ItuRegion | null;
  /**
   * What the country shading counts: in a single year, only the records dated in it (`dated`);
   * a record known only by a longer reporting period is drawn hollow, not shaded. In a range or
   * cumulative window, every record active in it (`all`).
   */
  shading: CountedRecords;
  /** Per country (in atlas.counts.countryCodes order): the records the shading counts. */
  countryCounts: Int32Array;
  /** Per map symbol (SymbolGroup.index): its records active in the window; 0 hides it. */
  symbolCounts: Int32Array;
  /** Per category: records in the window, wherever they are (the legend's counts). */
  perCategory: Record<Category, number>;
  /** Per category: of those, the ones known only by a reporting period that overlaps the window. */
  periodPerCategory: Record<Category, number>;
  /** The chart above the slider: dated records per year, reporting periods as bands. */
  yearChart: YearChart;
  gaps: CoverageGaps | null;
  /** Country fills (countries and gaps views), or null where regions are tinted instead. */
  countryFills: CountryFills | null;
  /** Gaps view: the line from the hovered gap to the nearest country that had an activity. */
  gapLine: { from: LngLat; to: LngLat } | null;
  labels: MapLabel[];
  legend: LegendModel;
  panel: PanelModel;
  /** Bounds to fit the map to: the selected country's (with room around it), else the region's. */
  focusBounds: Bounds | null;
  /** The records the table lists (only computed while it is shown; see `selectRecords`). */
  tableRecords: Activity[];
  /** The selection's records: for exports and the table. An O(records) pass. */
  selectRecords: () => Activity[];
  /** "12 records for Kenya, 2019 (5 dated in 2019, 7 known only by a reporting period)" */
  caption: (records: readonly Activity[]) => string;
  /** "itu-d-activities_cirt_2018-2020_KEN.csv" */
  fileName: (extension: string) => string;
  /** What is shown, for the PNG and the embed: "CIRTs in Africa, 2018–2020". */
  title: string;
  /** The atlas's name, under the title of a PNG. */
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
  const windowText = t.years.window(yearWindow);
  const mask = categoryMask(categories);
  // A chosen region narrows every view: map fit, fills, counts, records, titles, exports.
  const focusRegion = state.region;
  const shading: CountedRecords = state.time.mode === "year" ? "dated" : "all";

  // Counts per country drive the fills; O(countries) with the window counters.
  const countryCounts = memo(
    () => atlas.counts.allCountries(mask, yearWindow, undefined, shading),
    [atlas, mask, yearWindow, shading],
  );
  // Records per map symbol, for its badge (0 hides it); O(symbols), not O(records).
  const symbolCounts = memo(() => atlas.symbolCounts.countsIn(yearWindow), [atlas, yearWindow]);
  const perCategory = memo(
    () =>
      focusRegion
        ? regionCounts(atlas, focusRegion, yearWindow)
        : atlas.counts.perCategory(yearWindow),
    [atlas, focusRegion, yearWindow],
  );
  const periodPerCategory = memo(
    () =>
      focusRegion
        ? regionCounts(atlas, focusRegion, yearWindow, CATEGORIES, "period")
        : atlas.counts.perCategory(yearWindow, "period"),
    [atlas, focusRegion, yearWindow],
  );
  // The chart is of every record; the categories only choose what it draws.
  const chart = memo(() => yearChart(atlas.data.activities), [atlas]);
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
        ? focusRegion
          ? outsideRegion(atlas, choroplethFills(atlas.counts, countryCounts), focusRegion)
          : choroplethFills(atlas.counts, countryCounts)
        : gaps
          ? gapFills(atlas.counts, countryCounts, gaps)
          : null,
    [atlas, view, countryCounts, gaps, focusRegion],
  );
  const gapLine = memo(() => gapLineOf(atlas, gaps, hoveredGap), [atlas, gaps, hoveredGap]);
  const labels = memo(
    () => mapLabels(atlas, state, mask, yearWindow, t),
    [atlas, view, country, mask, yearWindow, t],
  );
  // The legend's room: computed once per atlas, the world's counts bounding a region's.
  const widestCounts = memo(
    () => widestLegendCounts((w, which) => atlas.counts.perCategory(w, which)),
    [atlas],
  );
  const legend = memo(
    () =>
      legendModel(view, categories, { perCategory, periodPerCategory, widest: widestCounts }, t, {
        focusRegion: view === "countries" ? focusRegion : null,
        datedIn: shading === "dated" ? yearWindow : null,
      }),
    [
      view,
      categories,
      perCategory,
      periodPerCategory,
      widestCounts,
      t,
      focusRegion,
      shading,
      yearWindow,
    ],
  );
  const panel = memo(
    () => panelModel(atlas, state, yearWindow, focusRegion, gaps),
    [atlas, country, view, gaps, focusRegion, yearWindow, categories, population],
  );
  // `source` narrows the records table only (the Sources view links to it); the map ignores it.
  const tableSource = state.display === "table" ? state.source : null;
  const selectRecords = memo(
    () => () =>
      recordsInSelection(atlas.data.activities, atlas.countryByIso3, {
        yearWindow: yearWindow,
        layers: categories,
        country,
        region: focusRegion,
        source: tableSource,
      }),
    [atlas, yearWindow, categories, country, focusRegion, tableSource],
  );
  const tableShown = state.display === "table" && !state.embed;
  const tableRecords = memo(() => (tableShown ? selectRecords() : []), [tableShown, selectRecords]);
  const focusBounds = memo(
    () => boundsToFit(atlas, country, focusRegion),
    [atlas, country, focusRegion],
  );

  const countryName = country ? (atlas.countryByIso3.get(country)?.name ?? country) : null;
  const regionName = focusRegion ? t(`region.${focusRegion}`) : null;
  const place = countryName ?? regionName;
  return {
    yearWindow,
    windowText,
    categories,
    categoryMask: mask,
    focusRegion,
    shading,
    countryCounts,
    symbolCounts,
    perCategory,
    periodPerCategory,
    yearChart: chart,
    gaps,
    countryFills,
    gapLine,
    labels,
    legend,
    panel,
    focusBounds,
    tableRecords,
    selectRecords,
    caption: (records) => {
      const count = records.length;
      const caption = countryName
        ? t("table.captionCountry", { count, country: countryName, window: yearWindow })
        : regionName
          ? t("table.captionRegion", { count, region: regionName, window: yearWindow })
          : t("table.caption", { count, window: yearWindow });
      const period = records.filter((a) => datedInWindow(a, yearWindow) === "period").length;
      return period === 0
        ? caption
        : `${caption} (${t("precision.split", { dated: count - period, period, window: yearWindow })})`;
    },
    fileName: (extension) =>
      exportFileName(categories, yearWindow, country ?? focusRegion, extension),
    title: viewTitle(
      { categories, place, yearWindow, gapsOf: gaps && !country ? state.population : null },
      t,
    ),
    subtitle: t("app.title"),
    viewKey: serializeViewState({ ...state, camera: null }),
  };
}

/** Countries view narrowed to a region: the countries outside it are muted. */
function outsideRegion(atlas: Atlas, fills: CountryFills, region: ItuRegion): CountryFills {
  const narrowed = new Map(fills);
  for (const iso3 of narrowed.keys())
    if (atlas.countryByIso3.get(iso3)?.region !== region) narrowed.set(iso3, "outside");
  return narrowed;
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
 * The counts a hover card shows for a country or a region: the records active in the window, and
 * how many of them are known only by a reporting period that overlaps it.
 */
export function hoverCount(
  atlas: Atlas,
  target: { kind: "country"; iso3: string } | { kind: "region"; region: ItuRegion },
  model: Pick<AtlasViewModel, "categoryMask" | "yearWindow">,
): { count: number; period: number } {
  const count = (which: CountedRecords) =>
    target.kind === "country"
      ? atlas.counts.country(target.iso3, model.categoryMask, model.yearWindow, which)
      : atlas.counts.region(target.region, model.categoryMask, model.yearWindow, which);
  return { count: count("all"), period: count("period") };
}
