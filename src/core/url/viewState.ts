import { type ParseContext, URL_PARAMS } from "./params";
import {
  DEFAULT_VIEW_STATE,
  LANGUAGES,
  type Language,
  type UrlNotice,
  type ViewState,
} from "./state";
import { migrateQuery } from "./urlMigrations";

export * from "./state";

/**
 * Reads the view from a query string, parameter by parameter through the table (params.ts). Every
 * parameter is optional; an invalid one falls back to its default and is reported in `notices`, so
 * the page can say so. It never throws.
 */
export function parseViewState(
  search: string,
  /** The known countries and sources; a function alone checks countries and takes any source. */
  known: ParseContext | ParseContext["isKnownCountry"],
  /** The language when the link names none (the browser's, if the atlas has it). */
  fallbackLanguage: Language = DEFAULT_VIEW_STATE.lang,
): { state: ViewState; notices: UrlNotice[] } {
  const params = migrateQuery(search);
  const notices: UrlNotice[] = [];
  const state: ViewState = { ...structuredClone(DEFAULT_VIEW_STATE), lang: fallbackLanguage };
  const context: ParseContext =
    typeof known === "function" ? { isKnownCountry: known, isKnownSource: () => true } : known;
  for (const param of URL_PARAMS) {
    const value = params.get(param.name);
    if (value === null) continue;
    if (!param.read(value, state, context)) notices.push({ param: param.name, value });
  }
  // A brief is of a country or a region: without either, the link shows the map and says so.
  if (state.view === "brief" && !state.country && !state.region) {
    state.view = DEFAULT_VIEW_STATE.view;
    notices.push({ param: "view", value: "brief" });
  }
  return { state, notices };
}

/**
 * Writes the view as a short query string: only what differs from the default, in the table's
 * order, and only the parameters that links keep (`host` only in an embed, `synthetic` never).
 */
export function serializeViewState(state: ViewState): string {
  const params: string[] = [];
  for (const param of URL_PARAMS) {
    if (param.links === "never" || (param.links === "embed" && !state.embed)) continue;
    const text = param.write(state);
    if (text !== undefined) params.push(`${param.name}=${encodeValue(text)}`);
  }
  return params.join("&");
}

/** Escapes what would break the query; keeps the commas, colons and slashes that links show. */
function encodeValue(text: string): string {
  return encodeURIComponent(text).replace(/%2C/g, ",").replace(/%3A/g, ":").replace(/%2F/g, "/");
}

/**
 * Whether going from one state to the next deserves its own history entry (Back returns to the
 * previous view): a change of a parameter marked `push` (view, display, source, country, region). Other
 * changes (years, camera, layers, language) replace the current entry. An embed never pushes: its
 * entries would join the host page's history and take over that page's Back button.
 */
export function startsHistoryEntry(previous: ViewState, next: ViewState): boolean {
  if (next.embed) return false;
  return URL_PARAMS.some((param) => param.history === "push" && !param.same(previous, next));
}

/** The first of the browser's languages that the atlas speaks, else English. */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split("-")[0] ?? "";
    if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return "en";
}
