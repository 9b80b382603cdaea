import { useState } from "react";
import type { SearchableCountry } from "../core/search/countrySearch";
import {
  DISPLAYS,
  type Display,
  LANGUAGES,
  type Language,
  MAP_VIEWS,
  type View,
} from "../core/url/viewState";
import { LANGUAGE_NAMES } from "../i18n/catalogues";
import { useTranslate } from "./i18n";
import { SearchBox } from "./search/SearchBox";
import type { ExportKind } from "./share/exportKinds";
import { ShareBar } from "./share/ShareBar";

/**
 * Title, country search, Sources, map view (countries/regions/gaps) and display (map/table).
 * Sources stays outside the phone menu, so it is one click away at every size.
 */
export function AppHeader({
  view,
  display,
  searchable,
  onView,
  onDisplay,
  onSelectCountry,
  language,
  onLanguage,
  onSearchStart,
  onEmbed,
  onExport,
}: {
  view: View;
  display: Display;
  searchable: SearchableCountry[];
  onView: (view: View) => void;
  onDisplay: (display: Display) => void;
  onSelectCountry: (iso3: string) => void;
  language: Language;
  onLanguage: (language: Language) => void;
  /** The search was focused: time to load the country names of every language. */
  onSearchStart: () => void;
  onEmbed: () => void;
  onExport: (kind: ExportKind) => void;
}) {
  const t = useTranslate();
  // On a phone the views, display, sharing and language open from a menu (see layout.css).
  const [menuOpen, setMenuOpen] = useState(false);
  const [searchOpen, setSearchOpen] = useState(false);
  return (
    <header className="app-header" data-search-open={searchOpen}>
      <a className="skip-link" href="#side-panel">
        {t("app.skipToPanel")}
      </a>
      <div className="app-title">
        <h1>{t("app.title")}</h1>
        <p className="subtitle">{t("app.subtitle")}</p>
      </div>
      <button
        type="button"
        className="header-button search-button"
        aria-expanded={searchOpen}
        onClick={() => setSearchOpen(true)}
      >
        {t("search.label")}
      </button>
      <SearchBox
        countries={searchable}
        onSelect={(iso3) => {
          setSearchOpen(false);
          onSelectCountry(iso3);
        }}
        autoFocus={searchOpen}
        onFocus={onSearchStart}
        onDismiss={() => setSearchOpen(false)}
      />
      <button
        type="button"
        className="header-button sources-button"
        aria-pressed={display === "sources"}
        onClick={() => onDisplay(display === "sources" ? "map" : "sources")}
      >
        {t("sources.open")}
      </button>
      <button
        type="button"
        className="header-button menu-button"
        aria-expanded={menuOpen}
        aria-controls="header-tools"
        onClick={() => setMenuOpen((open) => !open)}
      >
        {t("menu.label")}
      </button>
      <div id="header-tools" className="header-tools" data-open={menuOpen}>
        <nav className="view-switch" aria-label={t("view.label")}>
          {MAP_VIEWS.map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => onView(v)}>
              {t(`view.${v}`)}
            </button>
          ))}
        </nav>
        <nav className="view-switch" aria-label={t("display.label")}>
          {DISPLAYS.filter((d): d is Exclude<Display, "sources"> => d !== "sources").map((d) => (
            <button key={d} type="button" aria-pressed={display === d} onClick={() => onDisplay(d)}>
              {t(`display.${d}`)}
            </button>
          ))}
        </nav>
        <ShareBar onEmbed={onEmbed} onExport={onExport} />
        <label className="language">
          <span className="visually-hidden">{t("lang.label")}</span>
          <select
            value={language}
            onChange={(e) => onLanguage(e.target.value as Language)}
            aria-label={t("lang.label")}
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
