import type { AtlasData } from "../../core/data/atlasData";
import type { SearchableCountry } from "../../core/search/countrySearch";
import { allCountryNames, alpha2Of } from "../../i18n/countryNames";

/**
 * The atlas's countries with every name a delegate might type: the shown name (in the current
 * language), the names the i18n-iso-countries library knows in all six UN languages (official and
 * common), the project's aliases, and the ISO codes.
 */
export function searchableCountries(
  data: AtlasData,
  shownName: (iso3: string) => string,
): SearchableCountry[] {
  const aliases = new Map<string, string[]>();
  for (const { iso3, alias } of data.aliases)
    aliases.set(iso3, [...(aliases.get(iso3) ?? []), alias]);
  return data.countries.map((country) => ({
    iso3: country.iso3,
    iso2: alpha2Of(country.iso3),
    name: shownName(country.iso3),
    aliases: [
      ...new Set([
        country.name,
        ...allCountryNames(country.iso3),
        ...(aliases.get(country.iso3) ?? []),
      ]),
    ],
  }));
}
