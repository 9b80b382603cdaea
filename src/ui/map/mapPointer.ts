import type { Map as MapLibreMap } from "maplibre-gl";
import { BASE_LAYERS, countryFeature } from "./baseMapStyle";
import type { DeckPick } from "./deckOverlay";

/** What the pointer is on: a deck.gl object if any, else the base map's country under it. */
export interface MapPick extends DeckPick {
  /** Alpha-3 of the base-map country under the pointer, when no deck.gl object was hit. */
  baseCountry: string | null;
}

interface PickHandlers {
  onHover: (pick: MapPick) => void;
  onClick: (pick: MapPick) => void;
}

/**
 * Hover and click on the map. Until deck.gl has arrived, the base map's own pointer events answer
 * (countries hover and click at once); from then on deck.gl's picks, passed to the returned
 * handlers, do. Either way the base-map country under the pointer is looked up and outlined.
 */
export function answerPointer(
  map: MapLibreMap,
  handlers: PickHandlers,
  deckArrived: Promise<unknown>,
): { onHover: (pick: DeckPick) => void; onClick: (pick: DeckPick) => void } {
  let hovered: string | null = null;
  const setHovered = (iso3: string | null) => {
    if (hovered === iso3) return;
    if (hovered) map.setFeatureState(countryFeature(hovered), { hover: false });
    if (iso3) map.setFeatureState(countryFeature(iso3), { hover: true });
    hovered = iso3;
  };
  const baseCountryAt = (pick: DeckPick): string | null => {
    if (pick.object || !map.getLayer(BASE_LAYERS.countryFill)) return null;
    const feature = map.queryRenderedFeatures([pick.x, pick.y], {
      layers: [BASE_LAYERS.countryFill],
    })[0];
    return (feature?.properties?.iso3 as string | undefined) ?? null;
  };
  const onHover = (pick: DeckPick) => {
    const baseCountry = baseCountryAt(pick);
    setHovered(baseCountry);
    handlers.onHover({ ...pick, baseCountry });
  };
  const onClick = (pick: DeckPick) =>
    handlers.onClick({ ...pick, baseCountry: baseCountryAt(pick) });

  const basePick = (point: { x: number; y: number }): DeckPick => ({
    x: point.x,
    y: point.y,
    object: null,
    layerId: null,
  });
  let deckAttached = false;
  // deck.gl answers from its arrival on; if it could not load (null), the base map goes on answering.
  void deckArrived.then((overlay) => {
    deckAttached = overlay !== null;
  });
  map.on("mousemove", (e) => {
    if (!deckAttached) onHover(basePick(e.point));
  });
  map.on("click", (e) => {
    if (!deckAttached) onClick(basePick(e.point));
  });
  map.on("mouseout", () => setHovered(null));
  return { onHover, onClick };
}
