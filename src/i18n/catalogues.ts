import type { Language } from "../core/url/viewState";
import { en, type Messages } from "./messages.en";

/**
 * One catalogue per UN language; each must have every key of the English one (a test checks).
 * English is part of the app's first download; each other language is its own file, loaded when
 * it is chosen (`loadCatalogue`). vite.config.ts names those files `lang-<code>-<hash>.js`.
 */
const LOADERS: Record<Exclude<Language, "en">, () => Promise<Messages>> = {
  ar: () => import("./messages.ar").then((m) => m.ar),
  zh: () => import("./messages.zh").then((m) => m.zh),
  fr: () => import("./messages.fr").then((m) => m.fr),
  ru: () => import("./messages.ru").then((m) => m.ru),
  es: () => import("./messages.es").then((m) => m.es),
};

const loaded = new Map<Language, Messages>([["en", en]]);

/** The language's catalogue if it has been loaded (English always is). */
export function loadedCatalogue(language: Language): Messages | undefined {
  return loaded.get(language);
}

/** Loads a language's catalogue (once); resolves at once for English or a loaded language. */
export async function loadCatalogue(language: Language): Promise<Messages> {
  const known = loaded.get(language);
  if (known) return known;
  const messages = await LOADERS[language as Exclude<Language, "en">]();
  loaded.set(language, messages);
  return messages;
}

/** Every catalogue, loaded: for tests that read all six. */
export async function allCatalogues(): Promise<Record<Language, Messages>> {
  const languages = ["ar", "zh", "en", "fr", "ru", "es"] as const;
  const messages = await Promise.all(languages.map(loadCatalogue));
  return Object.fromEntries(languages.map((l, i) => [l, messages[i]])) as Record<
    Language,
    Messages
  >;
}

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
