import type { Atlas } from "../core/atlas/prepareAtlas";
import type { Language } from "../core/url/viewState";
import { countryNameIn } from "../i18n/countryNames";

/**
 * The atlas with country names in the given language. Counts, shapes and records are shared with
 * the original; only the country table (names) is new, so every panel, list and label follows.
 */
export function localizeAtlas(atlas: Atlas, language: Language): Atlas {
  if (language === "en") return atlas;
  const countries = atlas.data.countries.map((c) => ({
    ...c,
    name: countryNameIn(c.iso3, language, c.name),
  }));
  return {
    ...atlas,
    data: { ...atlas.data, countries },
    countryByIso3: new Map(countries.map((c) => [c.iso3, c])),
  };
}
