import { CATEGORIES, type Category, FIRST_YEAR, LAST_YEAR } from "../data/schema";
import type { Population } from "../gaps/coverageGaps";
import { COUNTRY_GROUPS, type CountryGroup, ITU_REGIONS, type ItuRegion } from "../geography/types";
import { TIME_MODES, type TimeSelection } from "../time/yearWindow";
import { migrateQuery } from "./urlMigrations";

export const VIEWS = ["countries", "regions", "gaps"] as const;
export type View = (typeof VIEWS)[number];

/** The map, or the same selection as a table (also the stand-in when WebGL is missing). */
export const DISPLAYS = ["map", "table"] as const;
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

/** Everything about the view that a link carries. */
export interface ViewState {
  view: View;
  display: Display;
  time: TimeSelection;
  /** Visible categories, in CATEGORIES order. */
  layers: Category[];
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
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: "countries",
  display: "map",
  time: { mode: "range", start: FIRST_YEAR, end: LAST_YEAR },
  layers: [...CATEGORIES],
  country: null,
  region: null,
  camera: null,
  population: { regions: [], groups: [] },
  lang: "en",
  embed: false,
  controls: true,
};

/** A URL parameter that could not be used; the view fell back to the default for it. */
export interface UrlNotice {
  param: string;
  value: string;
}

/**
 * Reads the view from a query string. Every parameter is optional; an invalid one falls back to its
 * default and is reported in `notices`, so the page can say so. It never throws.
 */
export function parseViewState(
  search: string,
  isKnownCountry: (iso3: string) => boolean,
  /** The language when the link names none (the browser's, if the atlas has it). */
  fallbackLanguage: Language = DEFAULT_VIEW_STATE.lang,
): { state: ViewState; notices: UrlNotice[] } {
  const params = migrateQuery(search);
  const notices: UrlNotice[] = [];
  const state: ViewState = structuredClone(DEFAULT_VIEW_STATE);
  const reject = (param: string, value: string) => notices.push({ param, value });
  /** Reads a parameter that must be one of `allowed`; anything else is reported and ignored. */
  const readOneOf = <T extends string>(
    param: string,
    allowed: readonly T[],
    apply: (value: T) => void,
  ) => {
    const value = params.get(param);
    if (value === null) return;
    if ((allowed as readonly string[]).includes(value)) apply(value as T);
    else reject(param, value);
  };

  readOneOf("view", VIEWS, (v) => {
    state.view = v;
  });

  readOneOf("display", DISPLAYS, (v) => {
    state.display = v;
  });

  readOneOf("mode", TIME_MODES, (v) => {
    state.time.mode = v;
  });

  const years = params.get("years");
  if (years !== null) {
    const parsed = parseYears(years);
    if (!parsed) reject("years", years);
    else if (state.time.mode === "range")
      state.time = { mode: "range", start: parsed[0], end: parsed[1] };
    else state.time = { mode: state.time.mode, start: parsed[1], end: parsed[1] };
  } else if (state.time.mode !== "range") {
    state.time = { mode: state.time.mode, start: LAST_YEAR, end: LAST_YEAR };
  }

  const layers = params.get("layers");
  if (layers !== null) {
    const names = layers.split(",").filter(Boolean);
    const valid = names.filter((name): name is Category =>
      (CATEGORIES as readonly string[]).includes(name),
    );
    if (valid.length !== names.length) reject("layers", layers);
    if (valid.length > 0 || names.length === 0)
      state.layers = CATEGORIES.filter((c) => valid.includes(c));
  }

  const country = params.get("country");
  if (country !== null) {
    const code = country.toUpperCase();
    if (isKnownCountry(code)) state.country = code;
    else reject("country", country);
  }
  const camera = params.get("camera");
  if (camera !== null) {
    const parsed = parseCamera(camera);
    if (parsed) state.camera = parsed;
    else reject("camera", camera);
  }

  const regions = params.get("regions");
  if (regions !== null) {
    const list = regions
      .split(",")
      .filter(Boolean)
      .map((r) => r.toUpperCase());
    const valid = ITU_REGIONS.filter((r) => list.includes(r));
    if (valid.length !== list.length) reject("regions", regions);
    state.population.regions = valid;
  }
  const groups = params.get("groups");
  if (groups !== null) {
    const list = groups
      .split(",")
      .filter(Boolean)
      .map((g) => g.toLowerCase());
    const valid = COUNTRY_GROUPS.filter((g) => list.includes(g));
    if (valid.length !== list.length) reject("groups", groups);
    state.population.groups = valid as CountryGroup[];
  }

  state.lang = fallbackLanguage;
  readOneOf("lang", LANGUAGES, (v) => {
    state.lang = v;
  });

  readOneOf("embed", ["0", "1"] as const, (v) => {
    state.embed = v === "1";
  });
  readOneOf("controls", ["0", "1"] as const, (v) => {
    state.controls = v === "1";
  });

  const region = params.get("region");
  if (region !== null) {
    const code = region.toUpperCase();
    if ((ITU_REGIONS as readonly string[]).includes(code)) state.region = code as ItuRegion;
    else reject("region", region);
  }
  return { state, notices };
}

function parseCamera(text: string): Camera | null {
  const parts = text.split(",").map((part) => (part.trim() === "" ? Number.NaN : Number(part)));
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lng = 0, lat = 0, zoom = 0] = parts;
  if (Math.abs(lng) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 12) return null;
  return { lng, lat, zoom };
}

/** Rounds a camera so links stay short: ~1 km for the centre, a tenth for the zoom. */
export function roundCamera(camera: Camera): Camera {
  return {
    lng: Math.round(camera.lng * 100) / 100,
    lat: Math.round(camera.lat * 100) / 100,
    zoom: Math.round(camera.zoom * 10) / 10,
  };
}

function parseYears(text: string): [number, number] | null {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(text.trim());
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2] ?? match[1]);
  const inRange = (y: number) => y >= FIRST_YEAR && y <= LAST_YEAR;
  if (!inRange(start) || !inRange(end) || end < start) return null;
  return [start, end];
}

/** The first of the browser's languages that the atlas speaks, else English. */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split("-")[0] ?? "";
    if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return "en";
}

/** Writes the view as a short query string: only what differs from the default, in a fixed order. */
export function serializeViewState(state: ViewState): string {
  const params: string[] = [];
  const d = DEFAULT_VIEW_STATE;
  if (state.view !== d.view) params.push(`view=${state.view}`);
  if (state.display !== d.display) params.push(`display=${state.display}`);
  const { mode, start, end } = state.time;
  if (mode !== d.time.mode) params.push(`mode=${mode}`);
  if (mode === "range") {
    if (start !== d.time.start || end !== d.time.end)
      params.push(`years=${start === end ? start : `${start}-${end}`}`);
  } else if (end !== LAST_YEAR) {
    params.push(`years=${end}`);
  }
  if (state.layers.join(",") !== d.layers.join(","))
    params.push(`layers=${state.layers.join(",")}`);
  if (state.country) params.push(`country=${state.country}`);
  if (state.region) params.push(`region=${state.region}`);
  if (state.camera) {
    const c = roundCamera(state.camera);
    params.push(`camera=${c.lng},${c.lat},${c.zoom}`);
  }
  if (state.population.regions.length > 0)
    params.push(`regions=${state.population.regions.join(",")}`);
  if (state.population.groups.length > 0)
    params.push(`groups=${state.population.groups.join(",")}`);
  if (state.lang !== d.lang) params.push(`lang=${state.lang}`);
  if (state.embed) params.push("embed=1");
  if (!state.controls) params.push("controls=0");
  return params.join("&");
}
