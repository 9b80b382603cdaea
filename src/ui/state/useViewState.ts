import { useCallback, useEffect, useRef, useState } from "react";
import { readAddress, writeAddress } from "../../core/url/address";
import type { ParseContext } from "../../core/url/params";
import {
  parseViewState,
  preferredLanguage,
  startsHistoryEntry,
  type UrlNotice,
  type ViewState,
} from "../../core/url/viewState";

/**
 * The view state, read from the URL once and written back on every change, so the address bar is
 * always a link to what the user sees. A change of view, display, country or region adds a history
 * entry (Back returns to the previous view); other changes replace the current one.
 */
export function useViewState(known: ParseContext) {
  const browserLanguage = preferredLanguage(navigator.languages ?? [navigator.language]);
  const [initial] = useState(() => parseViewState(readAddress(), known, browserLanguage));
  const [state, setState] = useState<ViewState>(initial.state);
  const [notices, setNotices] = useState<UrlNotice[]>(initial.notices);
  /** The state the address says; null until the first write. */
  const written = useRef<ViewState | null>(null);

  useEffect(() => {
    const previous = written.current;
    writeAddress(state, { push: previous !== null && startsHistoryEntry(previous, state) });
    written.current = state;
  }, [state]);

  // Back/forward, or a script that changes the address: read the view from the URL again.
  useEffect(() => {
    const reread = () => {
      const parsed = parseViewState(readAddress(), known, browserLanguage);
      // The address already says this state: the write that follows must not push it again.
      written.current = parsed.state;
      setState(parsed.state);
      setNotices(parsed.notices);
    };
    window.addEventListener("popstate", reread);
    return () => window.removeEventListener("popstate", reread);
  }, [known, browserLanguage]);

  const update = useCallback(
    (patch: Partial<ViewState>) => setState((s) => ({ ...s, ...patch })),
    [],
  );
  const dismissNotices = useCallback(() => setNotices([]), []);
  return { state, initial: initial.state, update, notices, dismissNotices };
}
