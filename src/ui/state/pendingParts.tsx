import { createContext, useContext, useEffect, useLayoutEffect, useState } from "react";
import { useTranslate } from "../i18n";

/**
 * Parts of the page that are still loading their code or texts: the map's symbol layer (deck.gl),
 * a view not in the first download (table, gaps, Sources), a language's messages. While any is
 * loading, the map does not report its view as drawn (`data-drawn-view`), so "drawn" still means
 * everything the view shows is on screen.
 */
export interface PendingParts {
  readonly count: number;
  add(): () => void;
  /** Calls `listener` whenever the count changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export function createPendingParts(): PendingParts {
  let count = 0;
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  return {
    get count() {
      return count;
    },
    add() {
      count += 1;
      changed();
      let removed = false;
      return () => {
        if (removed) return;
        removed = true;
        count -= 1;
        changed();
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const PendingPartsContext = createContext<PendingParts>(createPendingParts());
export const PendingPartsProvider = PendingPartsContext.Provider;

export function usePendingParts(): PendingParts {
  return useContext(PendingPartsContext);
}

/** Counts this part as loading while `loading` is true. */
export function usePendingPart(loading: boolean): void {
  const parts = usePendingParts();
  // A layout effect: counted before the browser paints, so no frame is reported drawn without it.
  useLayoutEffect(() => (loading ? parts.add() : undefined), [loading, parts]);
}

/** What a part shows while its code loads (a Suspense fallback), counted as loading. */
export function LoadingPart() {
  const t = useTranslate();
  usePendingPart(true);
  // Said only after a moment, so a part that arrives at once does not flash the word.
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), 300);
    return () => clearTimeout(timer);
  }, []);
  return (
    <p className="notice loading-part" role="status">
      {slow ? t("loading.part") : ""}
    </p>
  );
}
