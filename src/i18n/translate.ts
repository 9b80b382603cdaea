import type { MessageKey, Messages } from "./messages.en";

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Looks a key up in the catalogue and fills its `{placeholders}`. */
export function createTranslator(messages: Messages, locale = "en"): Translate {
  const numbers = new Intl.NumberFormat(locale);
  return (key, params) => {
    const template = messages[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === "number" ? numbers.format(value) : value;
    });
  };
}
