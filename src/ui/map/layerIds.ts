import type { Category } from "../../core/data/schema";

/**
 * The ids of the map's deck.gl layers, bottom to top. Layer factories use them and picking reads
 * them back, so a renamed layer cannot silently stop answering clicks.
 */
export const LAYER_IDS = {
  smallCountryMarkerOutlines: "small-country-marker-outlines",
  smallCountryMarkers: "small-country-markers",
  leaderLines: "leader-lines",
  siteDots: (category: "assistance" | "partnership") => `site-dots-${category}` as const,
  symbols: (category: Exclude<Category, "assistance" | "partnership">) =>
    `symbols-${category}` as const,
  /** The count badges of the symbols that stand for more than one record in the window. */
  symbolBadges: "symbol-badges",
} as const;

/** True when a layer id is one of the record symbol layers (symbols, site dots): their objects are SymbolGroups. */
export function isRecordLayer(id: string): boolean {
  return id.startsWith("symbols-") || id.startsWith("site-dots-");
}
