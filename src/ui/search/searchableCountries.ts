import isoCountries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import type { AtlasData } from "../../core/data/atlasData";
import type { SearchableCountry } from "../../core/search/countrySearch";

isoCountries.registerLocale(en);

/**
 * The atlas's countries with every name a delegate might type: the atlas's own name, the names the
 * i18n-iso-countries library knows (official and common), the project's aliases, and the ISO codes.
 */
export function searchableCountries(data: AtlasData): SearchableCountry[] {
  const aliases = new Map<string, string[]>();
  for (const { iso3, alias } of data.aliases)
    aliases.set(iso3, [...(aliases.get(iso3) ?? []), alias]);
  return data.countries.map((country) => {
    const iso2 = isoCountries.alpha3ToAlpha2(country.iso3);
    const libraryNames = iso2 ? (isoCountries.getName(iso2, "en", { select: "all" }) ?? []) : [];
    return {
      iso3: country.iso3,
      iso2,
      name: country.name,
      aliases: [...new Set([...libraryNames, ...(aliases.get(country.iso3) ?? [])])],
    };
  });
}
