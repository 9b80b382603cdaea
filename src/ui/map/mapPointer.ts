import type { Map as MapLibreMap } from "maplibre-gl";
import type { PartnerArc } from "../../core/atlas/activityPlaces";
import { BASE_LAYERS, countryFeature } from "./baseMapStyle";
import type { DeckPick } from "./deckOverlay";

/**
 * What the pointer is on: a deck.gl object (symbol, marker) if any, else a partnership arc of the
 * base map (its layer id BASE_LAYERS.partnerArcs), else the base map's country under it.
 */
export interface MapPick extends DeckPick {
  /** Alpha-3 of the base-map country under the pointer, when no deck.gl object was hit. */
  baseCountry: string | null;
}

interface PickHandlers {
  onHover: (pick: MapPick) => void;
  onClick: (pick: MapPick) => void;
  /** The arc of a feature id of the arcs' source (its index in the atlas's arcs). */
  arcOf: (id: number) => PartnerArc | undefined;
}

/** How far from a 2 px arc the pointer may be and still be on it (px). */
const ARC_REACH_PX = 4;

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
  // A shown arc near the pointer (hidden arcs are drawn transparent, and found too).
  const arcAt = (pick: DeckPick): DeckPick | null => {
    if (pick.object || !map.getLayer(BASE_LAYERS.partnerArcs)) return null;
    const r = ARC_REACH_PX;
    const hit = map
      .queryRenderedFeatures(
        [
          [pick.x - r, pick.y - r],
          [pick.x + r, pick.y + r],
        ],
        { layers: [BASE_LAYERS.partnerArcs] },
      )
      .find((feature) => feature.state?.shown === true);
    const arc = typeof hit?.id === "number" ? handlers.arcOf(hit.id) : undefined;
    return arc ? { ...pick, object: arc, layerId: BASE_LAYERS.partnerArcs } : null;
  };
  const onHover = (deckPick: DeckPick) => {
    const pick = arcAt(deckPick) ?? deckPick;
    const baseCountry = baseCountryAt(pick);
    setHovered(baseCountry);
    handlers.onHover({ ...pick, baseCountry });
  };
  const onClick = (deckPick: DeckPick) => {
    const pick = arcAt(deckPick) ?? deckPick;
    handlers.onClick({ ...pick, baseCountry: baseCountryAt(pick) });
  };

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
