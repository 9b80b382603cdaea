import { FIRST_YEAR, LAST_YEAR } from "../core/data/schema";
import type { YearWindow } from "../core/time/yearWindow";
import type { Language } from "../core/url/viewState";
import { isRightToLeft, loadedCatalogue } from "./catalogues";
import type { Message, MessageKey } from "./messages.en";
import { createYearFormat, isYearWindow, numberLocale, type YearFormat } from "./years";

/** A message's params: text, numbers, and year windows (`{window}`: "2013–2021"). */
export type Params = Record<string, string | number | YearWindow>;

/** "a, b and c" (conjunction), "a, b or c" (disjunction), "a, b, c" (unit). */
export type ListType = "conjunction" | "disjunction" | "unit";

/** The current language's messages, numbers and lists. */
export interface Translate {
  /** The message `key` with its `{placeholders}` filled from `params`. */
  (key: MessageKey, params?: Params): string;
  /**
   * "A, B and C" (conjunction) or "A, B, C" (unit), in the language's own way; in a right-to-left
   * language each item is isolated, like a filled-in value.
   */
  list(items: readonly string[], type?: ListType): string;
  /** A number with the language's digits and grouping. */
  number(n: number): string;
  /** A year or a span of years: "2016", "2013–2021" (the one year format, src/i18n/years.ts). */
  readonly years: YearFormat;
  readonly language: Language;
  readonly rightToLeft: boolean;
}

/**
 * Params that hold a calendar year. The rule is by name only: their numbers are written by the one
 * year format (`createYearFormat`: "2016", not "2,016"), with the same digits as other numbers. Any
 * other number is grouped, even one between 1000 and 2999 (a count of 2016 activities is "2,016").
 * A year window given as `{ from, to }` (in practice `{window}`) is written by the same format.
 */
export const YEAR_PARAMS: ReadonlySet<string> = new Set([
  "year",
  "from",
  "to",
  "start",
  "end",
  "first",
  "last",
  "firstYear",
  "lastYear",
]);

/** First-strong isolate: a filled-in value keeps its own direction inside right-to-left text. */
const FSI = "\u2068";
const PDI = "\u2069";

const isPlural = (message: Message | undefined): message is Exclude<Message, string> =>
  typeof message === "object";

/**
 * The translator of a language: looks a key up in its catalogue and fills its `{placeholders}`.
 * `{firstYear}` and `{lastYear}` (the atlas's years) are available to every message. A plural
 * message is chosen by its `count` param. In a right-to-left language each value is isolated,
 * so a number or a Latin name is not reordered by the surrounding Arabic. The language's catalogue
 * must be loaded first (`loadCatalogue`; English always is).
 */
export function createTranslator(language: Language): Translate {
  const catalogue = loadedCatalogue(language);
  if (!catalogue) throw new Error(`The ${language} messages are not loaded yet`);
  const messages: Readonly<Record<string, Message>> = catalogue;
  const rightToLeft = isRightToLeft(language);
  const numbers = new Intl.NumberFormat(numberLocale(language));
  const years = createYearFormat(language);
  const plurals = new Intl.PluralRules(language);
  const lists = {
    conjunction: new Intl.ListFormat(language, { type: "conjunction" }),
    disjunction: new Intl.ListFormat(language, { type: "disjunction" }),
    unit: new Intl.ListFormat(language, { type: "unit" }),
  };
  const isolate = (text: string) => (rightToLeft ? `${FSI}${text}${PDI}` : text);

  const fill = (key: string, given: Params = {}): string => {
    const message = messages[key];
    if (message === undefined) return key;
    const params: Params = { firstYear: FIRST_YEAR, lastYear: LAST_YEAR, ...given };
    const count = params.count;
    const template = !isPlural(message)
      ? message
      : ((typeof count === "number" ? message[plurals.select(count)] : undefined) ?? message.other);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (typeof value === "string") return isolate(value);
      if (isYearWindow(value)) return years.window(value);
      // A counted noun ("5 documents") comes from its own plural message; its number is isolated.
      if (isPlural(messages[`${key}.${name}`])) return fill(`${key}.${name}`, { count: value });
      return YEAR_PARAMS.has(name) ? years(value) : isolate(numbers.format(value));
    });
  };

  return Object.assign((key: MessageKey, params?: Params) => fill(key, params), {
    list: (items: readonly string[], type: ListType = "conjunction") =>
      lists[type].format(items.map(isolate)),
    number: (n: number) => numbers.format(n),
    years,
    language,
    rightToLeft,
  });
}
