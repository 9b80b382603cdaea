import { useEffect, useState } from "react";
import type { Language } from "../../core/url/viewState";
import { loadCatalogue } from "../../i18n/catalogues";
import { loadCountryNames } from "../../i18n/countryNames";

/** Languages whose messages and country names are loaded. English is part of the first download. */
const ready = new Set<Language>(["en"]);

/** Loads a language's messages and country names (each once). */
export async function loadLanguage(language: Language): Promise<void> {
  if (ready.has(language)) return;
  await Promise.all([loadCatalogue(language), loadCountryNames(language)]);
  ready.add(language);
}

/**
 * The language the interface can show: the chosen one once its files are loaded, until then the
 * one shown before. A language switch shows the new language as soon as it has arrived.
 */
export function useShownLanguage(chosen: Language): Language {
  const [shown, setShown] = useState<Language>(ready.has(chosen) ? chosen : "en");
  useEffect(() => {
    let current = true;
    loadLanguage(chosen).then(
      () => {
        if (current) setShown(chosen);
      },
      // A file that cannot be loaded (the connection dropped): stay in the language shown.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [chosen]);
  return ready.has(chosen) ? chosen : shown;
}
