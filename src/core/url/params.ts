import { CATEGORIES, type Category, FIRST_YEAR, LAST_YEAR } from "../data/schema";
import { COUNTRY_GROUPS, type CountryGroup, ITU_REGIONS, type ItuRegion } from "../geography/types";
import { TIME_MODES, type TimeMode } from "../time/yearWindow";
import {
  flag,
  listOf,
  ok,
  oneOf,
  param,
  parseCamera,
  parseOrigin,
  parseYears,
  rejected,
  type UrlParam,
} from "./paramKinds";
import {
  type Camera,
  DISPLAYS,
  type Display,
  LANGUAGES,
  type Language,
  roundCamera,
  VIEWS,
  type View,
} from "./state";

export type { Links, ParseContext, UrlParam } from "./paramKinds";
export { parseOrigin } from "./paramKinds";

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
  param<string | null>({
    name: "source",
    parse: (text, { isKnownSource }) => (isKnownSource(text) ? ok(text) : rejected()),
    write: String,
    default: null,
    links: "always",
    history: "push",
    get: (s) => s.source,
    set: (s, v) => {
      s.source = v;
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
    get: (s) => s.categories,
    set: (s, v) => {
      s.categories = v;
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
