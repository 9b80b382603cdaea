import { CATEGORIES, type Category, FIRST_YEAR, LAST_YEAR } from "../data/schema";
import { COUNTRY_GROUPS, type CountryGroup, ITU_REGIONS, type ItuRegion } from "../geography/types";
import { TIME_MODES, type TimeMode } from "../time/yearWindow";
import {
  type Camera,
  DISPLAYS,
  type Display,
  LANGUAGES,
  type Language,
  roundCamera,
  VIEWS,
  type View,
  type ViewState,
} from "./state";

/** A parser's answer: the value, or a rejection (reported as a notice) that may keep part of it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; keep?: T };

/** Which addresses carry a parameter. */
export type Links =
  /** The address bar, shared links and embed URLs. */
  | "always"
  /** Only the addresses of an embed (`embed=1`), so the embed's own rewrites keep it. */
  | "embed"
  /** Read from the address, never written. */
  | "never";

/** What the parser may look up that the text alone does not say. */
export interface ParseContext {
  isKnownCountry: (iso3: string) => boolean;
}

/** One URL parameter, as written in the table below. */
export interface ParamSpec<T> {
  name: string;
  /** Text -> value, or a rejection. */
  parse: (text: string, context: ParseContext) => Parsed<T>;
  /** Value -> text. A value equal to the default is never written. */
  write: (value: T) => string;
  /** The value when the address does not name the parameter (may depend on earlier ones). */
  default: T | ((state: ViewState) => T);
  links: Links;
  /** Whether changing it adds a history entry (Back returns to the previous value). */
  history: "push" | "replace";
  /** Where the value lives in the state. */
  get: (state: ViewState) => T;
  set: (state: ViewState, value: T) => void;
}

/** A table row with its value type closed over, so rows of different types share one list. */
export interface UrlParam {
  name: string;
  links: Links;
  history: "push" | "replace";
  /** Reads the text into the state; false when it was rejected. */
  read: (text: string, state: ViewState, context: ParseContext) => boolean;
  /** The text for the state's value, or undefined when it is the default. */
  write: (state: ViewState) => string | undefined;
  /** Whether two states hold the same value for this parameter. */
  same: (a: ViewState, b: ViewState) => boolean;
}

function param<T>(spec: ParamSpec<T>): UrlParam {
  const defaultIn = (state: ViewState): T =>
    typeof spec.default === "function"
      ? (spec.default as (state: ViewState) => T)(state)
      : spec.default;
  const text = (state: ViewState) => JSON.stringify(spec.get(state));
  return {
    name: spec.name,
    links: spec.links,
    history: spec.history,
    read: (input, state, context) => {
      const parsed = spec.parse(input, context);
      if (parsed.ok) spec.set(state, parsed.value);
      else if (parsed.keep !== undefined) spec.set(state, parsed.keep);
      return parsed.ok;
    },
    write: (state) => {
      const value = spec.get(state);
      return JSON.stringify(value) === JSON.stringify(defaultIn(state))
        ? undefined
        : spec.write(value);
    },
    same: (a, b) => text(a) === text(b),
  };
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const rejected = <T>(keep?: T): Parsed<T> =>
  keep === undefined ? { ok: false } : { ok: false, keep };

/** A parser for one of a fixed list of words. */
const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (text: string): Parsed<T> =>
    (allowed as readonly string[]).includes(text) ? ok(text as T) : rejected();

/** A parser for a comma-separated list; unknown items are dropped (and reported). */
const listOf =
  <T extends string>(allowed: readonly T[], normalise: (item: string) => string) =>
  (text: string): Parsed<T[]> => {
    const items = text.split(",").filter(Boolean).map(normalise);
    const valid = allowed.filter((item) => items.includes(item));
    return valid.length === items.length ? ok(valid) : rejected(valid);
  };

const flag = (text: string): Parsed<boolean> =>
  text === "1" ? ok(true) : text === "0" ? ok(false) : rejected();

function parseYears(text: string): [number, number] | null {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(text.trim());
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2] ?? match[1]);
  const inRange = (y: number) => y >= FIRST_YEAR && y <= LAST_YEAR;
  if (!inRange(start) || !inRange(end) || end < start) return null;
  return [start, end];
}

function parseCamera(text: string): Camera | null {
  const parts = text.split(",").map((part) => (part.trim() === "" ? Number.NaN : Number(part)));
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lng = 0, lat = 0, zoom = 0] = parts;
  if (Math.abs(lng) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 12) return null;
  return { lng, lat, zoom };
}

/** An origin such as https://example.org (a trailing slash is forgiven); anything else is null. */
export function parseOrigin(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  return url.origin === text.replace(/\/$/, "").toLowerCase() ? url.origin : null;
}

export const MAX_SYNTHETIC = 1_000_000;

/**
 * Every URL parameter, in the order links write them. parseViewState reads them in this order too,
 * so `mode` comes before `years` (whose meaning depends on it).
 */
export const URL_PARAMS: readonly UrlParam[] = [
  param<View>({
    name: "view",
    parse: oneOf(VIEWS),
    write: String,
    default: "countries",
    links: "always",
    history: "push",
    get: (s) => s.view,
    set: (s, v) => {
      s.view = v;
    },
  }),
  param<Display>({
    name: "display",
    parse: oneOf(DISPLAYS),
    write: String,
    default: "map",
    links: "always",
    history: "push",
    get: (s) => s.display,
    set: (s, v) => {
      s.display = v;
    },
  }),
  param<TimeMode>({
    name: "mode",
    parse: oneOf(TIME_MODES),
    write: String,
    default: "range",
    links: "always",
    history: "replace",
    get: (s) => s.time.mode,
    // A mode starts from its own default years: all of them for a range, else the last one.
    set: (s, mode) => {
      s.time =
        mode === "range"
          ? { mode, start: FIRST_YEAR, end: LAST_YEAR }
          : { mode, start: LAST_YEAR, end: LAST_YEAR };
    },
  }),
  param<[number, number]>({
    name: "years",
    parse: (text) => {
      const years = parseYears(text);
      return years ? ok(years) : rejected();
    },
    write: ([start, end]) => (start === end ? `${start}` : `${start}-${end}`),
    // In `year` and `cumulative` modes only the end year counts: `years=2019`.
    default: (s) => (s.time.mode === "range" ? [FIRST_YEAR, LAST_YEAR] : [LAST_YEAR, LAST_YEAR]),
    links: "always",
    history: "replace",
    get: (s) => (s.time.mode === "range" ? [s.time.start, s.time.end] : [s.time.end, s.time.end]),
    set: (s, [start, end]) => {
      const { mode } = s.time;
      s.time = mode === "range" ? { mode, start, end } : { mode, start: end, end };
    },
  }),
  param<Category[]>({
    name: "layers",
    parse: (text) => {
      const names = text.split(",").filter(Boolean);
      const valid = CATEGORIES.filter((c) => names.includes(c));
      if (names.every((name) => valid.includes(name as Category))) return ok(valid);
      // Nothing valid in a non-empty list: keep the default rather than hide every layer.
      return rejected(valid.length > 0 ? valid : undefined);
    },
    write: (layers) => layers.join(","),
    default: [...CATEGORIES],
    links: "always",
    history: "replace",
    get: (s) => s.layers,
    set: (s, v) => {
      s.layers = v;
    },
  }),
  param<string | null>({
    name: "country",
    parse: (text, { isKnownCountry }) =>
      isKnownCountry(text.toUpperCase()) ? ok(text.toUpperCase()) : rejected(),
    write: String,
    default: null,
    links: "always",
    history: "push",
    get: (s) => s.country,
    set: (s, v) => {
      s.country = v;
    },
  }),
  param<ItuRegion | null>({
    name: "region",
    parse: (text) => oneOf(ITU_REGIONS)(text.toUpperCase()),
    write: String,
    default: null,
    links: "always",
    history: "push",
    get: (s) => s.region,
    set: (s, v) => {
      s.region = v;
    },
  }),
  param<Camera | null>({
    name: "camera",
    parse: (text) => {
      const camera = parseCamera(text);
      return camera ? ok(camera) : rejected();
    },
    write: (camera) => {
      const c = roundCamera(camera as Camera);
      return `${c.lng},${c.lat},${c.zoom}`;
    },
    default: null,
    links: "always",
    history: "replace",
    get: (s) => s.camera,
    set: (s, v) => {
      s.camera = v;
    },
  }),
  param<ItuRegion[]>({
    name: "regions",
    parse: listOf(ITU_REGIONS, (r) => r.toUpperCase()),
    write: (regions) => regions.join(","),
    default: [],
    links: "always",
    history: "replace",
    get: (s) => s.population.regions,
    set: (s, v) => {
      s.population = { ...s.population, regions: v };
    },
  }),
  param<CountryGroup[]>({
    name: "groups",
    parse: listOf(COUNTRY_GROUPS, (g) => g.toLowerCase()),
    write: (groups) => groups.join(","),
    default: [],
    links: "always",
    history: "replace",
    get: (s) => s.population.groups,
    set: (s, v) => {
      s.population = { ...s.population, groups: v };
    },
  }),
  param<Language>({
    name: "lang",
    parse: oneOf(LANGUAGES),
    write: String,
    // Without `lang`, parseViewState starts from the browser's language; links name any but English.
    default: "en",
    links: "always",
    history: "replace",
    get: (s) => s.lang,
    set: (s, v) => {
      s.lang = v;
    },
  }),
  param<boolean>({
    name: "embed",
    parse: flag,
    write: (v) => (v ? "1" : "0"),
    default: false,
    links: "always",
    history: "replace",
    get: (s) => s.embed,
    set: (s, v) => {
      s.embed = v;
    },
  }),
  param<boolean>({
    name: "controls",
    parse: flag,
    write: (v) => (v ? "1" : "0"),
    default: true,
    links: "always",
    history: "replace",
    get: (s) => s.controls,
    set: (s, v) => {
      s.controls = v;
    },
  }),
  param<string | null>({
    name: "host",
    parse: (text) => {
      const origin = parseOrigin(text);
      return origin ? ok(origin) : rejected();
    },
    write: String,
    default: null,
    links: "embed",
    history: "replace",
    get: (s) => s.host,
    set: (s, v) => {
      s.host = v;
    },
  }),
  param<number>({
    name: "synthetic",
    parse: (text) => {
      const n = /^\d{1,7}$/.test(text) ? Number(text) : 0;
      return n >= 1 && n <= MAX_SYNTHETIC ? ok(n) : rejected();
    },
    write: String,
    default: 0,
    links: "never",
    history: "replace",
    get: (s) => s.synthetic,
    set: (s, v) => {
      s.synthetic = v;
    },
  }),
];
