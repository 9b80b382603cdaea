import type { MessageKey, Messages } from "./messages.en";

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** First-strong isolate: a filled-in value keeps its own direction inside right-to-left text. */
const FSI = "\u2068";
const PDI = "\u2069";

/**
 * Looks a key up in the catalogue and fills its `{placeholders}`. In a right-to-left language each
 * value is isolated, so "2013–2021" or a Latin name is not reordered by the surrounding Arabic.
 */
export function createTranslator(
  messages: Messages,
  locale = "en",
  rightToLeft = false,
): Translate {
  const numbers = new Intl.NumberFormat(locale);
  return (key, params) => {
    const template = messages[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      const text = typeof value === "number" ? numbers.format(value) : value;
      return rightToLeft ? `${FSI}${text}${PDI}` : text;
    });
  };
}
