import { FIRST_YEAR, LAST_YEAR } from "../data/schema";
import type { Camera, ViewState } from "./state";

/**
 * The parts URL parameters are made of (see the table in params.ts): what a row says, how a row is
 * bound to its value type, and the parsers the rows share.
 */

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
  /** An id of data/sources.csv. */
  isKnownSource: (id: string) => boolean;
}

/** One URL parameter, as written in the table (params.ts). */
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

export function param<T>(spec: ParamSpec<T>): UrlParam {
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

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const rejected = <T>(keep?: T): Parsed<T> =>
  keep === undefined ? { ok: false } : { ok: false, keep };

/** A parser for one of a fixed list of words. */
export const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (text: string): Parsed<T> =>
    (allowed as readonly string[]).includes(text) ? ok(text as T) : rejected();

/** A parser for a comma-separated list; unknown items are dropped (and reported). */
export const listOf =
  <T extends string>(allowed: readonly T[], normalise: (item: string) => string) =>
  (text: string): Parsed<T[]> => {
    const items = text.split(",").filter(Boolean).map(normalise);
    const valid = allowed.filter((item) => items.includes(item));
    return valid.length === items.length ? ok(valid) : rejected(valid);
  };

export const flag = (text: string): Parsed<boolean> =>
  text === "1" ? ok(true) : text === "0" ? ok(false) : rejected();

export function parseYears(text: string): [number, number] | null {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(text.trim());
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2] ?? match[1]);
  const inRange = (y: number) => y >= FIRST_YEAR && y <= LAST_YEAR;
  if (!inRange(start) || !inRange(end) || end < start) return null;
  return [start, end];
}

export function parseCamera(text: string): Camera | null {
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
