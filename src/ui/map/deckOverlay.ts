import type { Layer, PickingInfo } from "@deck.gl/core";
import { MapLibreOverlay } from "@deck.gl/maplibre";
import type { Map as MapLibreMap } from "maplibre-gl";
import type { Atlas } from "../../core/atlas/prepareAtlas";
import { drawBadgePictures } from "./layers/badgeAtlas";
import { drawSymbolPictures } from "./layers/symbolPictures";
import { drawnLayers, type MapLayerModel, mapLayers } from "./mapLayers";

/**
 * The deck.gl overlay (symbols, leader lines, site dots, small-country markers, count badges): its
 * own file, loaded by AtlasMap once the base map has drawn its countries (vite.config.ts names it
 * `deck-<hash>.js`).
 * deck.gl and luma.gl are most of the page's code and their start-up shares the GPU with MapLibre,
 * so the countries come first and the symbols a moment later.
 */

/** What the layers are made from: the atlas, the view model and the selected country. */
export type MapLayerInput = [atlas: Atlas, model: MapLayerModel, selectedCountry: string | null];

/** A deck.gl pick, in plain terms (the picked object and its layer's id). */
export interface DeckPick {
  x: number;
  y: number;
  object: unknown;
  layerId: string | null;
}

export interface DeckOverlay {
  /** deck.gl's overlay control: the PNG export reads its canvas. */
  overlay: MapLibreOverlay;
  /** Draws the layers of this input (rebuilt each time; deck.gl diffs them by id). */
  show(input: MapLayerInput): void;
}

/** What the overlay reports: the pointer's picks, and once, that its layers are all loaded. */
export interface DeckEvents {
  onHover: (pick: DeckPick) => void;
  onClick: (pick: DeckPick) => void;
  /** The first frame with every layer loaded (the symbol icons decoded): the symbols are drawn. */
  onLoaded: () => void;
}

const pickOf = (info: PickingInfo): DeckPick => ({
  x: info.x,
  y: info.y,
  object: info.object,
  layerId: info.layer?.id ?? null,
});

/** Adds the overlay to the map; from then on deck.gl reports the pointer's hovers and clicks. */
export function attachDeckOverlay(map: MapLibreMap, events: DeckEvents): DeckOverlay {
  // deck.gl carries each layer's state over to the new instance given with the same id, so the
  // layers last given are the live ones; a layer is loaded once its async parts (icons) are.
  let layers: Layer[] = [];
  let shown = false;
  let loaded = false;
  // Interleaved: deck.gl draws into MapLibre's own WebGL context and canvas, so the page has one
  // context to set up and one canvas to composite. The map is flat: with no depth test, layers
  // stack (and pick) in their order, as when deck.gl had a canvas of its own, whatever depth the
  // GPU gives a line or an icon.
  const overlay = new MapLibreOverlay({
    interleaved: true,
    parameters: { depthCompare: "always", depthWriteEnabled: false },
    layers,
    onHover: (info) => events.onHover(pickOf(info)),
    onClick: (info) => events.onClick(pickOf(info)),
    onAfterRender: () => {
      if (loaded || !shown || !layers.every((layer) => layer.isLoaded)) return;
      loaded = true;
      events.onLoaded();
    },
    getCursor: ({ isHovering }) => (isHovering ? "pointer" : "grab"),
  });
  map.addControl(overlay);
  return {
    overlay,
    show: (input) => {
      layers = drawnLayers(
        mapLayers(...input, { symbols: drawSymbolPictures(), badges: drawBadgePictures }),
      );
      shown = true;
      overlay.setProps({ layers });
    },
  };
}
