import { formatWindow, type YearWindow } from "../core/time/yearWindow";
import type { Language } from "../core/url/viewState";
import { isRightToLeft } from "./catalogues";

/** Left-to-right isolate and its end: a range keeps its order inside right-to-left text. */
export const LRI = "\u2066";
export const PDI = "\u2069";

/**
 * The locale of every number the atlas writes in a language. Digits are Western (0-9) in all six
 * languages, Arabic included: `nu-latn` pins them, so counts and years share one set of digits in
 * every browser (the Intl data of browsers differs on Arabic's default digits), as counts in Arabic
 * were already shown.
 */
export function numberLocale(language: Language): string {
  return `${language}-u-nu-latn`;
}

/** How one language writes years: "2016", and ranges "2013–2021" with an en dash. */
export interface YearFormat {
  /** One year, or a span of years (a single year when `to` is `from` or absent). */
  (from: number, to?: number): string;
  /** A year window: "2016" or "2013–2021". */
  window(yearWindow: YearWindow): string;
}

/**
 * The one year formatter: no grouping separator ("2016", never "2,016" or "2 016"), the language's
 * digits (see `numberLocale`), an en dash between the first and last year. In a right-to-left
 * language the result is a left-to-right isolate (LRI … PDI), so a range reads "2013–2021" in the
 * same order as in a left-to-right page, and its dash does not move.
 */
export function createYearFormat(language: Language): YearFormat {
  const digits = new Intl.NumberFormat(numberLocale(language), { useGrouping: false });
  const rightToLeft = isRightToLeft(language);
  const isolate = (text: string) => (rightToLeft ? `${LRI}${text}${PDI}` : text);
  const window = (yearWindow: YearWindow) =>
    isolate(formatWindow(yearWindow, (year) => digits.format(year)));
  return Object.assign((from: number, to: number = from) => window({ from, to }), { window });
}

/** A year window among a message's params (`{window}`): formatted by `YearFormat.window`. */
export function isYearWindow(value: unknown): value is YearWindow {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as YearWindow).from === "number" &&
    typeof (value as YearWindow).to === "number"
  );
}
