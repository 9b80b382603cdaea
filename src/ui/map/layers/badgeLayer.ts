import type { DataFilterExtensionProps } from "@deck.gl/extensions";
import { IconLayer } from "@deck.gl/layers";
import { SYMBOL_SIZE_PX } from "../../../core/atlas/fanOut";
import type { SymbolGroup } from "../../../core/atlas/symbolGroups";
import { LAYER_IDS } from "../layerIds";
import {
  BADGE_HEIGHT_PX,
  type BadgePainter,
  type BadgePictures,
  badgePicturesFor,
} from "./badgeAtlas";
import { iconAttributes } from "./iconAttributes";
import { prepackedPictures } from "./pictureCanvas";
import { ALWAYS_SHOWN, SITE_DOT_SIZE_PX, type SymbolFilter } from "./symbolLayers";

/** A count badge: the symbol it belongs to and its number. */
export interface SymbolBadge {
  group: SymbolGroup;
  count: number;
}

/** Above this many records in the window, a symbol carries a badge with their number. */
export const BADGE_ABOVE = 1;

/**
 * The badges of the shown symbols with more than BADGE_ABOVE records in the window (and in the
 * chosen region): a new small array per window, O(groups).
 */
export function symbolBadges(groups: readonly SymbolGroup[], shown: SymbolFilter): SymbolBadge[] {
  const badges: SymbolBadge[] = [];
  for (const group of groups) {
    const count = shown.counts[group.index] ?? 0;
    if (count <= BADGE_ABOVE) continue;
    if (shown.focusRegion !== null && shown.regionIndexOf(group.iso3) !== shown.focusRegion)
      continue;
    badges.push({ group, count });
  }
  return badges;
}

const isDot = (g: SymbolGroup) => g.category === "assistance" || g.category === "partnership";

/** A badge with its number as drawn, the name of its picture on the badge canvas. */
export interface DrawnBadge {
  badge: SymbolBadge;
  text: string;
}

/** One window's badges as drawn, kept with its badges so a re-render gives deck.gl the same data. */
const drawnCache = new WeakMap<SymbolBadge[], { drawn: DrawnBadge[]; pictures: BadgePictures }>();

/**
 * The count badges, at the top right of their symbol (a dot's badge closer, a dot being smaller):
 * one icon per badge, its picture (box and number) from the badge canvas (badgeAtlas.ts), which
 * `draw` paints (the app's painter needs a document; the layer itself stays pure).
 * Digits only, as the atlas's counts are Western in every language, ungrouped to stay short.
 * An icon layer with the symbols' filter (ALWAYS_SHOWN): deck.gl draws the badges with the symbols'
 * shader program, two programs fewer to compile than text and its background.
 */
export function symbolBadgeLayer(
  badges: SymbolBadge[],
  format: (count: number) => string,
  draw: BadgePainter,
) {
  let cached = drawnCache.get(badges);
  if (!cached) {
    const drawn = badges.map((badge) => ({ badge, text: format(badge.count) }));
    cached = { drawn, pictures: badgePicturesFor(drawn.map((b) => b.text)) };
    drawnCache.set(badges, cached);
  }
  return new IconLayer<DrawnBadge, DataFilterExtensionProps<DrawnBadge>>({
    id: LAYER_IDS.symbolBadges,
    data: cached.drawn,
    ...prepackedPictures(draw(cached.pictures), cached.pictures.mapping),
    getIcon: (b) => b.text,
    getPosition: (b) => b.badge.group.position,
    ...iconAttributes<DrawnBadge>({
      size: BADGE_HEIGHT_PX,
      pixelOffset: (b) => {
        const { group } = b.badge;
        const corner = (isDot(group) ? SITE_DOT_SIZE_PX : SYMBOL_SIZE_PX) / 2 - 1;
        return [group.offset[0] + corner, group.offset[1] - corner];
      },
    }),
    sizeUnits: "pixels",
    ...ALWAYS_SHOWN,
  });
}
