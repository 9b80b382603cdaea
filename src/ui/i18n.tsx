import { createContext, useContext } from "react";
import type { Language } from "../core/url/viewState";
import { createTranslator, type Translate } from "../i18n/translate";

const TranslateContext = createContext<Translate>(createTranslator("en"));
const LanguageContext = createContext<Language>("en");

export const TranslateProvider = TranslateContext.Provider;
export const LanguageProvider = LanguageContext.Provider;

/** The current language's `t(key, params)`. */
export function useTranslate(): Translate {
  return useContext(TranslateContext);
}

/** The current interface language (for Intl number formats). */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** Right-to-left languages of the atlas. */
export { isRightToLeft } from "../i18n/catalogues";
