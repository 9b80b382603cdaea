import isoCountries from "i18n-iso-countries";
import ar from "i18n-iso-countries/langs/ar.json";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";
import fr from "i18n-iso-countries/langs/fr.json";
import ru from "i18n-iso-countries/langs/ru.json";
import zh from "i18n-iso-countries/langs/zh.json";
import type { Language } from "../core/url/viewState";

for (const locale of [ar, en, es, fr, ru, zh]) isoCountries.registerLocale(locale);

/**
 * A country's name in a UN language, from the i18n-iso-countries library. English keeps the
 * atlas's own (UN) names from data/geography/countries.csv; `fallback` is used when the library
 * has no name.
 */
export function countryNameIn(iso3: string, language: Language, fallback: string): string {
  if (language === "en") return fallback;
  const iso2 = isoCountries.alpha3ToAlpha2(iso3);
  return (iso2 && isoCountries.getName(iso2, language)) || fallback;
}

/** Every name of a country in every UN language, for search. */
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
