import { CATEGORIES, type Category, FIRST_YEAR, LAST_YEAR } from "../data/schema";
import type { Population } from "../gaps/coverageGaps";
import type { ItuRegion } from "../geography/types";
import type { TimeSelection } from "../time/yearWindow";

/** The views of the map, as the header offers them. */
export const MAP_VIEWS = ["countries", "regions", "gaps"] as const;
/**
 * Every view: the map views, and the printable brief of the selected country or region (a page of
 * its own, without the map; `view=brief` without a country or a region falls back to the map).
 */
export const VIEWS = [...MAP_VIEWS, "brief"] as const;
export type View = (typeof VIEWS)[number];

/**
 * The map, or the same selection as a table (also the stand-in when WebGL is missing), or the
 * documents the data comes from (like the Sources tab of a grapher).
 */
export const DISPLAYS = ["map", "table", "sources"] as const;
export type Display = (typeof DISPLAYS)[number];

/** Where the map looks: centre and zoom. Null means "the whole world". */
export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

/** Languages of the interface (see src/i18n). */
export const LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The URL scheme's version. Links never write it: a link without `v` is version 1. A future scheme
 * writes `v=2` and keeps reading version-1 links through MIGRATIONS (see urlMigrations.ts).
 */
export const URL_SCHEME_VERSION = 1;

/**
 * Everything the address says about the page, read through the one parameter table (params.ts).
 *
 * Besides the view proper, it holds two page options, `host` and `synthetic`. They live here rather
 * than in a sibling object because they come from the same address, through the same table, with
 * the same notices; `embed` and `controls` were already page options of this kind. What keeps them
 * out of ordinary links is the table's `links` rule, not a second type: `host` is written only into
 * embed URLs (so it survives every rewrite of the embed's address), `synthetic` is never written.
 */
export interface ViewState {
  view: View;
  display: Display;
  time: TimeSelection;
  /** The records table lists only this document's records (an id of sources.csv), or all. */
  source: string | null;
  /** Visible categories, in CATEGORIES order. */
  categories: Category[];
  /** Selected country (alpha-3) or null. */
  country: string | null;
  /** Selected ITU-D region (regions view) or null. */
  region: ItuRegion | null;
  camera: Camera | null;
  /** Gaps view: the countries to check (regions: any of; groups: all of). */
  population: Population;
  lang: Language;
  /** Chrome-less view for iframes: map, legend, compact slider, title and source lines. */
  embed: boolean;
  /** In an embed, whether the time slider is shown. */
  controls: boolean;
  /**
   * In an embed: the only origin (e.g. "https://example.org") allowed to send `set` messages and to
   * receive the state and height messages. Null: the parent window, whatever its origin.
   */
  host: string | null;
  /** Benchmarks only: how many generated records to add at start (0: none). Never in links. */
  synthetic: number;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: "countries",
  display: "map",
  time: { mode: "range", start: FIRST_YEAR, end: LAST_YEAR },
  source: null,
  categories: [...CATEGORIES],
  country: null,
  region: null,
  camera: null,
  population: { regions: [], groups: [] },
  lang: "en",
  embed: false,
  controls: true,
  host: null,
  synthetic: 0,
};

/** A URL parameter that could not be used; the view fell back to the default for it. */
export interface UrlNotice {
  param: string;
  value: string;
}

/** Rounds a camera so links stay short: ~1 km for the centre, a tenth for the zoom. */
export function roundCamera(camera: Camera): Camera {
  return {
    lng: Math.round(camera.lng * 100) / 100,
    lat: Math.round(camera.lat * 100) / 100,
    zoom: Math.round(camera.zoom * 10) / 10,
  };
}
