import { useEffect } from "react";
import type { Language, ViewState } from "../../core/url/viewState";
import { isRightToLeft } from "../i18n";

/** Keeps <html lang dir> and the page title in step with the interface language. */
export function useDocumentLanguage(language: Language, title: string) {
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = isRightToLeft(language) ? "rtl" : "ltr";
    document.title = title;
  }, [language, title]);
}

/** Escape closes what is open: the country panel first, then the region panel. */
export function useEscapeCloses(state: ViewState, update: (patch: Partial<ViewState>) => void) {
  useEffect(() => {
    const close = (event: KeyboardEvent) => {
      // The brief is a page of its own: Escape there closes nothing.
      if (event.key !== "Escape" || event.defaultPrevented || state.view === "brief") return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("dialog, [role=combobox]")) return;
      if (state.country) update({ country: null });
      else if (state.region) update({ region: null });
    };
    document.addEventListener("keydown", close);
    return () => document.removeEventListener("keydown", close);
  }, [state.view, state.country, state.region, update]);
}
