import { createContext, useContext } from "react";
import { en } from "../i18n/messages.en";
import { createTranslator, type Translate } from "../i18n/translate";

const TranslateContext = createContext<Translate>(createTranslator(en));

export const TranslateProvider = TranslateContext.Provider;

/** The current language's `t(key, params)`. */
export function useTranslate(): Translate {
  return useContext(TranslateContext);
}
