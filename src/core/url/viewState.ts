import { CATEGORIES, type Category, FIRST_YEAR, LAST_YEAR } from "../data/schema";
import { ITU_REGIONS, type ItuRegion } from "../geography/types";
import { TIME_MODES, type TimeMode, type TimeSelection } from "../time/yearWindow";

export const VIEWS = ["countries", "regions"] as const;
export type View = (typeof VIEWS)[number];

/** The map, or the same selection as a table (also the stand-in when WebGL is missing). */
export const DISPLAYS = ["map", "table"] as const;
export type Display = (typeof DISPLAYS)[number];

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
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: "countries",
  display: "map",
  time: { mode: "range", start: FIRST_YEAR, end: LAST_YEAR },
  layers: [...CATEGORIES],
  country: null,
  region: null,
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
): { state: ViewState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const state: ViewState = structuredClone(DEFAULT_VIEW_STATE);
  const reject = (param: string, value: string) => notices.push({ param, value });

  const view = params.get("view");
  if (view !== null) {
    if ((VIEWS as readonly string[]).includes(view)) state.view = view as View;
    else reject("view", view);
  }

  const display = params.get("display");
  if (display !== null) {
    if ((DISPLAYS as readonly string[]).includes(display)) state.display = display as Display;
    else reject("display", display);
  }

  const mode = params.get("mode");
  if (mode !== null) {
    if ((TIME_MODES as readonly string[]).includes(mode)) state.time.mode = mode as TimeMode;
    else reject("mode", mode);
  }

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
  const region = params.get("region");
  if (region !== null) {
    const code = region.toUpperCase();
    if ((ITU_REGIONS as readonly string[]).includes(code)) state.region = code as ItuRegion;
    else reject("region", region);
  }
  return { state, notices };
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
  return params.join("&");
}
