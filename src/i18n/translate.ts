import { FIRST_YEAR, LAST_YEAR } from "../core/data/schema";
import type { Language } from "../core/url/viewState";
import { CATALOGUES, isRightToLeft } from "./catalogues";
import type { Message, MessageKey } from "./messages.en";

export type Params = Record<string, string | number>;

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
  readonly language: Language;
  readonly rightToLeft: boolean;
}

/**
 * Params that hold a calendar year. The rule is by name only: their numbers are written without
 * grouping ("2016", not "2,016"), with the same digits as other numbers. Any other number is
 * grouped, even one between 1000 and 2999 (a count of 2016 activities is "2,016").
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
 * so a number or a Latin name is not reordered by the surrounding Arabic.
 */
export function createTranslator(language: Language): Translate {
  const messages: Readonly<Record<string, Message>> = CATALOGUES[language];
  const rightToLeft = isRightToLeft(language);
  const numbers = new Intl.NumberFormat(language);
  const years = new Intl.NumberFormat(language, { useGrouping: false });
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
      // A counted noun ("5 documents") comes from its own plural message; its number is isolated.
      if (isPlural(messages[`${key}.${name}`])) return fill(`${key}.${name}`, { count: value });
      return isolate((YEAR_PARAMS.has(name) ? years : numbers).format(value));
    });
  };

  return Object.assign((key: MessageKey, params?: Params) => fill(key, params), {
    list: (items: readonly string[], type: ListType = "conjunction") =>
      lists[type].format(items.map(isolate)),
    number: (n: number) => numbers.format(n),
    language,
    rightToLeft,
  });
}
