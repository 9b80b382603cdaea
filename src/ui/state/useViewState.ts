import { useCallback, useEffect, useState } from "react";
import {
  parseViewState,
  preferredLanguage,
  serializeViewState,
  type UrlNotice,
  type ViewState,
} from "../../core/url/viewState";

/**
 * The view state, read from the URL once and written back (replaceState) on every change, so the
 * address bar is always a link to what the user sees.
 */
export function useViewState(isKnownCountry: (iso3: string) => boolean) {
  const browserLanguage = preferredLanguage(navigator.languages ?? [navigator.language]);
  const [initial] = useState(() =>
    parseViewState(window.location.search, isKnownCountry, browserLanguage),
  );
  const [state, setState] = useState<ViewState>(initial.state);
  const [notices, setNotices] = useState<UrlNotice[]>(initial.notices);

  useEffect(() => {
    const query = serializeViewState(state);
    const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
      window.history.replaceState(null, "", url);
  }, [state]);

  // Back/forward, or a script that changes the address: read the view from the URL again.
  useEffect(() => {
    const reread = () => {
      const parsed = parseViewState(window.location.search, isKnownCountry, browserLanguage);
      setState(parsed.state);
      setNotices(parsed.notices);
    };
    window.addEventListener("popstate", reread);
    return () => window.removeEventListener("popstate", reread);
  }, [isKnownCountry, browserLanguage]);

  const update = useCallback(
    (patch: Partial<ViewState>) => setState((s) => ({ ...s, ...patch })),
    [],
  );
  const dismissNotices = useCallback(() => setNotices([]), []);
  return { state, initial: initial.state, update, notices, dismissNotices };
}
