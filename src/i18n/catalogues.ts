import type { Language } from "../core/url/viewState";
import { ar } from "./messages.ar";
import { en, type Messages } from "./messages.en";
import { es } from "./messages.es";
import { fr } from "./messages.fr";
import { ru } from "./messages.ru";
import { zh } from "./messages.zh";

/** One catalogue per UN language; each must have every key of the English one (a test checks). */
export const CATALOGUES: Record<Language, Messages> = { ar, zh, en, fr, ru, es };

/** Each language's name in itself, for the language menu. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};

/** Languages written right to left. */
export function isRightToLeft(language: Language): boolean {
  return language === "ar";
}
