import { useCallback, useMemo } from "react";
import { categoryMask } from "../core/aggregation/activityCounts";
import { nearestCopy } from "../core/atlas/activityPlaces";
import type { Atlas } from "../core/atlas/prepareAtlas";
import { recordsInSelection } from "../core/explore/recordsInSelection";
import { exportFileName } from "../core/export/exportFileName";
import { coverageGaps } from "../core/gaps/coverageGaps";
import { formatWindow, windowOf, YEARS } from "../core/time/yearWindow";
import type { ViewState } from "../core/url/viewState";
import type { Translate } from "../i18n/translate";
import {
  atlasLayers,
  choroplethFills,
  gapFills,
  type LayerState,
  mapLabels,
} from "./map/atlasLayers";

/**
 * Everything the screen derives from the view state, each step memoised on what it reads. Moving
 * the slider recounts countries (O(countries)) and recolours; it never rebuilds layer data.
 */
export function useAtlasView(
  atlas: Atlas,
  state: ViewState,
  t: Translate,
  hoveredGap: string | null = null,
) {
  const window = useMemo(() => windowOf(state.time), [state.time]);
  const mask = categoryMask(state.layers);
  const region = state.view === "regions" ? state.region : null;

  const countryCounts = useMemo(
    () => atlas.counts.allCountries(mask, window),
    [atlas, mask, window],
  );
  const perCategory = useMemo(() => atlas.counts.perCategory(window), [atlas, window]);
  const perYear = useMemo(
    () => YEARS.map((year) => atlas.counts.perCategory({ from: year, to: year })),
    [atlas],
  );
  const gaps = useMemo(
    () =>
      state.view === "gaps"
        ? coverageGaps(
            atlas.data.activities,
            atlas.data.countries,
            (iso3) => atlas.placeByIso3.get(iso3),
            state.layers,
            window,
            state.population,
          )
        : null,
    [atlas, state.view, state.layers, window, state.population],
  );
  const countryFills = useMemo(
    () =>
      state.view === "countries"
        ? choroplethFills(atlas, countryCounts)
        : gaps
          ? gapFills(atlas, countryCounts, gaps)
          : null,
    [atlas, state.view, countryCounts, gaps],
  );
  const gapLine = useMemo(() => {
    const gap = hoveredGap ? gaps?.gaps.find((g) => g.country.iso3 === hoveredGap) : undefined;
    const from = gap ? atlas.placeByIso3.get(gap.country.iso3)?.point : undefined;
    const to = gap?.nearest ? atlas.placeByIso3.get(gap.nearest.iso3)?.point : undefined;
    return from && to ? { from, to: nearestCopy(to, from[0]) } : null;
  }, [atlas, gaps, hoveredGap]);
  const layerState = useMemo(
    (): LayerState => ({
      view: state.view,
      window,
      layers: state.layers,
      country: state.country,
      region: state.region,
      countryCounts,
      colourOf: countryFills ? (iso3) => countryFills.get(iso3) ?? null : null,
      gapLine,
      regionLabel: (r, count) => `${t(`region.${r}`)}\n${count}`,
    }),
    [
      state.view,
      window,
      state.layers,
      state.country,
      state.region,
      countryCounts,
      countryFills,
      gapLine,
      t,
    ],
  );
  const layers = useMemo(() => atlasLayers(atlas, layerState), [atlas, layerState]);
  const labels = useMemo(() => mapLabels(atlas, layerState), [atlas, layerState]);
  // The selection's records are listed only by the table (and exports): an O(records) pass, so it
  // is not done on every slider step while the map is shown.
  const selectRecords = useCallback(
    () =>
      recordsInSelection(atlas.data.activities, atlas.countryByIso3, {
        window,
        layers: state.layers,
        country: state.country,
        region,
      }),
    [atlas, window, state.layers, state.country, region],
  );
  const tableShown = state.display === "table" && !state.embed;
  const records = useMemo(() => (tableShown ? selectRecords() : []), [tableShown, selectRecords]);
  const focusBounds = useMemo(
    () => (state.country ? (atlas.placeByIso3.get(state.country)?.bbox ?? null) : null),
    [atlas, state.country],
  );

  const windowText = formatWindow(window);
  const countryName = state.country
    ? (atlas.countryByIso3.get(state.country)?.name ?? state.country)
    : null;
  const caption = (count: number) =>
    countryName
      ? t("table.captionCountry", { count, country: countryName, window: windowText })
      : region
        ? t("table.captionRegion", { count, region: t(`region.${region}`), window: windowText })
        : t("table.caption", { count, window: windowText });
  const fileName = (extension: string) =>
    exportFileName(state.layers, window, state.country ?? region, extension);

  return {
    window,
    windowText,
    mask,
    region,
    countryCounts,
    perCategory,
    perYear,
    countryFills,
    gaps,
    layers,
    labels,
    records,
    selectRecords,
    focusBounds,
    caption,
    fileName,
  };
}

export type AtlasView = ReturnType<typeof useAtlasView>;
