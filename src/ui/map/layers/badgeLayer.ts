import type { DataFilterExtensionProps } from "@deck.gl/extensions";
import { IconLayer } from "@deck.gl/layers";
import { SYMBOL_SIZE_PX } from "../../../core/atlas/fanOut";
import type { SymbolGroup } from "../../../core/atlas/symbolGroups";
import { LAYER_IDS } from "../layerIds";
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

/** A badge's height and the advance of one digit on screen (px). */
const BADGE_HEIGHT_PX = 14;
const DIGIT_PX = 6.2;
/** Icons are drawn at twice their size on screen, to stay sharp on high-density screens. */
const SCALE = 2;

const svgUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
const escapeXml = (text: string) =>
  text.replace(/[<>&]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;" })[c] ?? c);

interface BadgeIcon {
  id: string;
  url: string;
  width: number;
  height: number;
}
const icons = new Map<string, BadgeIcon>();
function iconOnce(id: string, make: () => Omit<BadgeIcon, "id">): BadgeIcon {
  let icon = icons.get(id);
  if (!icon) {
    icon = { id, ...make() };
    icons.set(id, icon);
  }
  return icon;
}

/** A badge's box for a number of `digits`: dark, rounded, with a white edge; wider for more digits. */
export function badgeBoxIcon(digits: number): BadgeIcon {
  return iconOnce(`badge-box-${digits}`, () => {
    const height = SCALE * BADGE_HEIGHT_PX;
    const width = Math.round(SCALE * (DIGIT_PX * digits + 8));
    return {
      width,
      height,
      url: svgUrl(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
          `<rect x="1" y="1" width="${width - 2}" height="${height - 2}" rx="${height / 2 - 1}" ` +
          `fill="#212121" fill-opacity="0.9" stroke="#fff" stroke-width="2"/></svg>`,
      ),
    };
  });
}

/** One white digit (any one character) on a clear background, a digit's advance wide. */
export function badgeDigitIcon(digit: string): BadgeIcon {
  return iconOnce(`badge-digit-${digit}`, () => {
    const height = SCALE * BADGE_HEIGHT_PX;
    const width = Math.round(SCALE * DIGIT_PX) + 2;
    return {
      width,
      height,
      url: svgUrl(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
          `<text x="${width / 2}" y="${height / 2}" dy="0.35em" text-anchor="middle" fill="#fff" ` +
          `font-family="system-ui, sans-serif" font-weight="700" font-size="20">` +
          `${escapeXml(digit)}</text></svg>`,
      ),
    };
  });
}

/** One picture of a badge: its box or one of its digits, `dx` px right of the badge's centre. */
export interface BadgePart {
  badge: SymbolBadge;
  /** The badge's whole number as drawn. */
  text: string;
  kind: "box" | "digit";
  icon: BadgeIcon;
  dx: number;
}

/**
 * A badge as pictures: its box, then each digit over it. Eleven kinds of picture (ten digits and a
 * box per number of digits) draw every number, so a new window never waits for a new picture to
 * load, whatever its counts (a picture per number would make 100,000 records' badges blink at
 * every slider step).
 */
export function badgeParts(badge: SymbolBadge, text: string): BadgePart[] {
  const digits = [...text];
  return [
    { badge, text, kind: "box", icon: badgeBoxIcon(digits.length), dx: 0 },
    ...digits.map((digit, i) => ({
      badge,
      text,
      kind: "digit" as const,
      icon: badgeDigitIcon(digit),
      dx: (i - (digits.length - 1) / 2) * DIGIT_PX,
    })),
  ];
}

const isDot = (g: SymbolGroup) => g.category === "assistance" || g.category === "partnership";

/** The parts of one window's badges, kept with its badges so a re-render gives the same data. */
const partsCache = new WeakMap<SymbolBadge[], BadgePart[]>();

/**
 * The count badges, at the top right of their symbol (a dot's badge closer, a dot being smaller).
 * Digits only, as the atlas's counts are Western in every language, ungrouped to stay short.
 * An icon layer with the symbols' filter (ALWAYS_SHOWN): deck.gl draws the badges with the symbols'
 * shader program, two programs fewer to compile than text and its background. Within the layer a
 * badge's box comes before its digits, so they are drawn over it.
 */
export function symbolBadgeLayer(badges: SymbolBadge[], format: (count: number) => string) {
  let parts = partsCache.get(badges);
  if (!parts) {
    parts = badges.flatMap((badge) => badgeParts(badge, format(badge.count)));
    partsCache.set(badges, parts);
  }
  return new IconLayer<BadgePart, DataFilterExtensionProps<BadgePart>>({
    id: LAYER_IDS.symbolBadges,
    data: parts,
    getIcon: (p) => p.icon,
    getPosition: (p) => p.badge.group.position,
    getPixelOffset: (p) => {
      const { group } = p.badge;
      const corner = (isDot(group) ? SITE_DOT_SIZE_PX : SYMBOL_SIZE_PX) / 2 - 1;
      return [group.offset[0] + corner + p.dx, group.offset[1] - corner];
    },
    getSize: BADGE_HEIGHT_PX,
    sizeUnits: "pixels",
    ...ALWAYS_SHOWN,
  });
}
