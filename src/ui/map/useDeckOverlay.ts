import type { Map as MapLibreMap } from "maplibre-gl";
import { type RefObject, useEffect, useState } from "react";
import { usePendingPart } from "../state/pendingParts";
import type { DeckOverlay, DeckPick, MapLayerInput } from "./deckOverlay";

export type { DeckPick, MapLayerInput };

/** Where the symbol layer stands: its code loading, drawn, or failed to load (with the reason). */
export type SymbolsStatus =
  | { kind: "loading" }
  | { kind: "ready" }
  | { kind: "failed"; reason: string };

/**
 * Loads the deck.gl overlay (its own file) once `start` is true, the base map having drawn its
 * countries, adds it to the map and keeps its layers in step with `input`. Until it has drawn a
 * frame with every layer loaded, the page counts as loading (see pendingParts.tsx), so the view is
 * not reported drawn without its symbols.
 */
export function useDeckOverlay(
  map: MapLibreMap | null,
  start: boolean,
  input: MapLayerInput,
  events: RefObject<{ onHover: (pick: DeckPick) => void; onClick: (pick: DeckPick) => void }>,
): { deck: DeckOverlay | null; status: SymbolsStatus } {
  const [deck, setDeck] = useState<DeckOverlay | null>(null);
  // The first frame with every layer loaded (icons decoded) has been drawn.
  const [loaded, setLoaded] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  usePendingPart(map !== null && !(deck && loaded) && failure === null);

  useEffect(() => {
    if (!map || !start) return;
    let current = true;
    import("./deckOverlay")
      .then(({ attachDeckOverlay }) => {
        if (!current) return;
        setDeck(
          attachDeckOverlay(map, {
            onHover: (pick) => events.current.onHover(pick),
            onClick: (pick) => events.current.onClick(pick),
            onLoaded: () => {
              if (current) setLoaded(true);
            },
          }),
        );
      })
      .catch((error: unknown) => {
        if (current) setFailure(error instanceof Error ? error.message : String(error));
      });
    return () => {
      current = false;
      setDeck(null);
      setLoaded(false);
    };
  }, [map, start, events]);

  useEffect(() => {
    if (!deck) return;
    deck.show(input);
    map?.triggerRepaint();
  }, [deck, input, map]);

  const status: SymbolsStatus =
    deck && loaded
      ? { kind: "ready" }
      : failure !== null
        ? { kind: "failed", reason: failure }
        : { kind: "loading" };
  return { deck, status };
}
