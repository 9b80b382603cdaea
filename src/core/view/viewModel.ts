import type { Translate } from "../../i18n/translate";
import { categoryMask } from "../aggregation/activityCounts";
import { nearestCopy } from "../atlas/activityPlaces";
import { clusterReach } from "../atlas/fanOut";
import type { Atlas } from "../atlas/prepareAtlas";
import { type Activity, CATEGORIES, type Category } from "../data/schema";
import { recordsInSelection } from "../explore/recordsInSelection";
import { exportFileName } from "../export/exportFileName";
import { type CoverageGaps, coverageGaps } from "../gaps/coverageGaps";
import { atLeast, type Bounds } from "../geography/regionBounds";
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
  /** A neighbour of the selected country: smaller and quieter, for context. */
  context?: boolean;
}

/** Everything the screen shows, derived from the atlas and the view state (and nothing else). */
export interface AtlasViewModel {
  yearWindow: YearWindow;
  /** "2018–2020" */
  windowText: string;
  categories: Category[];
  categoryMask: number;
  /** The region the view is narrowed to (region= in any view), or null. */
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
  /** Bounds to fit the map to: the selected country's (with room around it), else the region's. */
  focusBounds: Bounds | null;
  /** The records the table lists (only computed while it is shown; see `selectRecords`). */
  tableRecords: Activity[];
  /** The selection's records: for exports and the table. An O(records) pass. */
  selectRecords: () => Activity[];
  /** "12 records for Kenya, 2018–2020" */
  caption: (count: number) => string;
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
  const mask = categoryMask(categories);
  // A chosen region narrows every view: map fit, fills, counts, records, titles, exports.
  const focusRegion = state.region;

  // Counts per country drive the fills; O(countries) with the window counters.
  const countryCounts = memo(
    () => atlas.counts.allCountries(mask, yearWindow),
    [atlas, mask, yearWindow],
  );
  const perCategory = memo(
    () =>
      focusRegion
        ? regionPerCategory(atlas, focusRegion, yearWindow)
        : atlas.counts.perCategory(yearWindow),
    [atlas, focusRegion, yearWindow],
  );
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
  const legend = memo(
    () => legendModel(view, categories, perCategory, t, view === "countries" ? focusRegion : null),
    [view, categories, perCategory, t, focusRegion],
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
    () => boundsToFit(atlas, country, focusRegion),
    [atlas, country, focusRegion],
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
    title: viewTitle(categories, place, windowText, t),
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

function regionPerCategory(
  atlas: Atlas,
  region: ItuRegion,
  yearWindow: YearWindow,
): Record<Category, number> {
  return Object.fromEntries(
    CATEGORIES.map((c) => [c, atlas.counts.region(region, categoryMask([c]), yearWindow)]),
  ) as Record<Category, number>;
}

/**
 * Where to fit the map: a country with room around it (its neighbours stay in view, and a small
 * island is not a lone dot in the ocean), else the chosen region.
 */
function boundsToFit(
  atlas: Atlas,
  country: string | null,
  region: ItuRegion | null,
): Bounds | null {
  const bbox = country ? atlas.placeByIso3.get(country)?.bbox : undefined;
  if (bbox) return atLeast(bbox, COUNTRY_MIN_SPAN[0], COUNTRY_MIN_SPAN[1]);
  return region ? (atlas.regionBounds.get(region) ?? null) : null;
}

/** The smallest span, in degrees of longitude and latitude, shown around a selected country. */
const COUNTRY_MIN_SPAN = [16, 11] as const;

/** What is shown, in words: "CIRTs in Africa, 2018–2020", "All ITU-D activities, 2013–2021". */
function viewTitle(
  categories: readonly Category[],
  place: string | null,
  windowText: string,
  t: Translate,
): string {
  const what =
    categories.length === CATEGORIES.length
      ? t("title.allActivities")
      : t.list(categories.map((c) => t(`category.${c}`))) || t("panel.noCategories");
  return place
    ? t("title.inPlace", { categories: what, place, window: windowText })
    : t("title.everywhere", { categories: what, window: windowText });
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
    labels.push(...neighbourLabels(atlas, country.iso3, boundsToFit(atlas, country.iso3, null)));
  }
  return labels;
}

/** How many neighbours are named around a selected country, largest first. */
const NEIGHBOUR_LABELS = 8;

/**
 * The names of the countries around a selected one, inside the box the map fits to it, so the
 * country is seen in its place. Hung below their points, clear of their own symbols.
 */
function neighbourLabels(atlas: Atlas, selected: string, box: Bounds | null): MapLabel[] {
  if (!box) return [];
  const [west, south, east, north] = box;
  return atlas.data.places
    .filter(
      (p) =>
        p.iso3 !== selected &&
        p.point[0] >= west &&
        p.point[0] <= east &&
        p.point[1] >= south &&
        p.point[1] <= north,
    )
    .sort((a, b) => b.areaKm2 - a.areaKm2)
    .slice(0, NEIGHBOUR_LABELS)
    .flatMap((p) => {
      const country = atlas.countryByIso3.get(p.iso3);
      return country
        ? [
            {
              id: p.iso3,
              text: country.name,
              position: p.point,
              size: 11,
              below: 12,
              context: true,
            },
          ]
        : [];
    });
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
