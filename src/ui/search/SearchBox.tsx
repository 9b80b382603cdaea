import { useEffect, useId, useMemo, useRef, useState } from "react";
import { createCountrySearch, type SearchableCountry } from "../../core/search/countrySearch";
import { useTranslate } from "../i18n";

/**
 * The country search (ARIA combobox): `/` focuses it from anywhere, arrows pick, Enter selects,
 * Escape clears. Tolerant of accents, other names and small typos.
 */
export function SearchBox({
  countries,
  onSelect,
  autoFocus = false,
  onFocus,
  onDismiss,
}: {
  countries: SearchableCountry[];
  onSelect: (iso3: string) => void;
  /** Focus the field when it appears (on a phone it opens from the search button). */
  autoFocus?: boolean;
  /** The field got focus (the app loads every language's country names then). */
  onFocus?: () => void;
  /** The field lost focus with nothing chosen (a phone closes it again). */
  onDismiss?: () => void;
}) {
  const t = useTranslate();
  const search = useMemo(() => createCountrySearch(countries), [countries]);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const results = useMemo(() => search(query), [search, query]);

  useEffect(() => {
    const focusOnSlash = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing =
        target &&
        (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable);
      if (event.key === "/" && !typing) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener("keydown", focusOnSlash);
    return () => document.removeEventListener("keydown", focusOnSlash);
  }, []);

  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  const choose = (iso3: string | undefined) => {
    if (!iso3) return;
    onSelect(iso3);
    setQuery("");
    setOpen(false);
    input.current?.blur();
  };

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t("search.label")}
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t("search.label")}
        title={t("search.placeholder")}
        aria-keyshortcuts="/"
        aria-expanded={open && results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={
          open && results[active] ? `${listId}-${results[active]?.iso3}` : undefined
        }
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          setOpen(true);
          onFocus?.();
        }}
        onBlur={(e) => {
          const left = e.currentTarget.value === "";
          setTimeout(() => {
            setOpen(false);
            if (left) onDismiss?.();
          }, 150);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setActive((i) => Math.min(i + 1, results.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === "Enter") {
            e.preventDefault();
            choose(results[active]?.iso3);
          } else if (e.key === "Escape") {
            setQuery("");
            setOpen(false);
            onDismiss?.();
          }
        }}
      />
      {open && query && (
        <div id={listId} role="listbox" className="search-results" aria-label={t("search.results")}>
          {results.length === 0 && <div className="search-none">{t("search.none", { query })}</div>}
          {results.map((result, i) => (
            <div
              key={result.iso3}
              id={`${listId}-${result.iso3}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              className={i === active ? "active" : ""}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(result.iso3);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span>{result.name}</span>
              {result.matched && <span className="search-matched">{result.matched}</span>}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
