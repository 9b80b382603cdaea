import isoCountries, { type LocaleData } from "i18n-iso-countries";
import type { Language } from "../core/url/viewState";

/**
 * Country names in the UN languages, from the i18n-iso-countries library. Each language's list is
 * its own file, loaded with the language (`loadCountryNames`) or, for search, all at once
 * (`loadAllCountryNames`); vite.config.ts names them `names-<code>-<hash>.js`.
 */
const LOADERS: Record<Language, () => Promise<{ default: LocaleData }>> = {
  ar: () => import("i18n-iso-countries/langs/ar.json"),
  zh: () => import("i18n-iso-countries/langs/zh.json"),
  en: () => import("i18n-iso-countries/langs/en.json"),
  fr: () => import("i18n-iso-countries/langs/fr.json"),
  ru: () => import("i18n-iso-countries/langs/ru.json"),
  es: () => import("i18n-iso-countries/langs/es.json"),
};

const registered = new Map<Language, Promise<void>>();

/** Loads a language's country names (once). English needs none to show the atlas's own names. */
export function loadCountryNames(language: Language): Promise<void> {
  let loading = registered.get(language);
  if (!loading) {
    loading = LOADERS[language]().then((locale) => {
      isoCountries.registerLocale(locale.default);
    });
    registered.set(language, loading);
  }
  return loading;
}

/** Loads the names of all six languages, for the search. */
export async function loadAllCountryNames(): Promise<void> {
  await Promise.all((Object.keys(LOADERS) as Language[]).map(loadCountryNames));
}

/**
 * A country's name in a UN language. English keeps the atlas's own (UN) names from
 * data/geography/countries.csv; `fallback` is used when the library has no name, or when the
 * language's names are not loaded.
 */
export function countryNameIn(iso3: string, language: Language, fallback: string): string {
  if (language === "en") return fallback;
  const iso2 = isoCountries.alpha3ToAlpha2(iso3);
  return (iso2 && isoCountries.getName(iso2, language)) || fallback;
}

/** Every name of a country in every UN language loaded so far, for search. */
export function allCountryNames(iso3: string): string[] {
  const iso2 = isoCountries.alpha3ToAlpha2(iso3);
  if (!iso2) return [];
  return (["en", "ar", "zh", "fr", "ru", "es"] as const).flatMap(
    (language) => isoCountries.getName(iso2, language, { select: "all" }) ?? [],
  );
}

export function alpha2Of(iso3: string): string | undefined {
  return isoCountries.alpha3ToAlpha2(iso3);
}
