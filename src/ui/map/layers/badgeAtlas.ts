import type { PictureImage } from "./pictureCanvas";

/**
 * The pictures of the count badges, drawn on one canvas: one picture per number shown (its box and
 * its digits together), so a badge is one icon on the map. A canvas is drawn at once, so a new
 * window never waits for a picture to load (pictures loaded one by one made 100,000 records'
 * badges blink at every slider step), and one icon per badge instead of a box plus one icon per
 * digit makes a slider step with many badges much lighter to draw.
 */

/** A badge's height and the advance of one digit on screen (px). */
export const BADGE_HEIGHT_PX = 14;
const DIGIT_PX = 6.2;
/** Pictures are drawn at twice their size on screen, to stay sharp on high-density screens. */
const SCALE = 2;
/** Space between pictures on the canvas (px), so no picture bleeds into its neighbour when scaled. */
const GAP = 2;
/** The canvas's width (px); it grows downwards. */
const ATLAS_WIDTH = 1024;
/**
 * The most numbers kept drawn from earlier windows, so the canvas stays bounded (1,024 x ~1,700 px)
 * whatever it is asked for. The map's badges read 2 to 999 or "999+" (mapLayers.ts): all of them fit,
 * so a slider moved anywhere only ever adds the numbers it has not shown yet.
 */
const KEPT_AT_MOST = 1000;

/** Where one number's picture is on the canvas, as deck.gl's IconLayer reads it (`iconMapping`). */
export interface BadgePicture {
  x: number;
  y: number;
  width: number;
  height: number;
  mask: false;
}

/** The size of a number's picture (px on the canvas): as high as a badge, as wide as its digits. */
export function badgePictureSize(text: string): { width: number; height: number } {
  return {
    width: Math.round(SCALE * (DIGIT_PX * [...text].length + 8)),
    height: SCALE * BADGE_HEIGHT_PX,
  };
}

/** Places the pictures of `texts` in rows on a canvas ATLAS_WIDTH wide; pure, for the tests. */
export function layoutBadgePictures(texts: readonly string[]): {
  mapping: Record<string, BadgePicture>;
  width: number;
  height: number;
} {
  const mapping: Record<string, BadgePicture> = {};
  let x = GAP;
  let y = GAP;
  const rowHeight = SCALE * BADGE_HEIGHT_PX + GAP;
  for (const text of texts) {
    if (mapping[text]) continue;
    const { width, height } = badgePictureSize(text);
    if (x + width + GAP > ATLAS_WIDTH) {
      x = GAP;
      y += rowHeight;
    }
    mapping[text] = { x, y, width, height, mask: false };
    x += width + GAP;
  }
  return { mapping, width: ATLAS_WIDTH, height: y + rowHeight };
}

/** Where each number's picture is on the badge canvas, and the canvas's size. */
export type BadgePictures = ReturnType<typeof layoutBadgePictures>;

/** Draws the pictures of a layout: the only step that needs a document, kept out of the layers. */
export type BadgePainter = (pictures: BadgePictures) => PictureImage;

let current: BadgePictures | null = null;

/**
 * Pictures of every number in `texts`: the same layout as last time when it has them all (deck.gl
 * then keeps its texture), else a new one with these numbers and, up to KEPT_AT_MOST, the earlier
 * ones (a slider moved back and forth draws nothing new).
 */
export function badgePicturesFor(texts: readonly string[]): BadgePictures {
  if (current && texts.every((text) => current?.mapping[text])) return current;
  const earlier = current ? Object.keys(current.mapping) : [];
  const wanted = [...new Set(texts)];
  current = layoutBadgePictures(
    wanted.length + earlier.length <= KEPT_AT_MOST ? [...earlier, ...wanted] : wanted,
  );
  return current;
}

const canvases = new WeakMap<BadgePictures, HTMLCanvasElement>();

/** The canvas of a layout, drawn once: a dark rounded box with a white edge, white digits. */
export const drawBadgePictures: BadgePainter = (pictures) => {
  const drawn = canvases.get(pictures);
  if (drawn) return drawn;
  const canvas = document.createElement("canvas");
  canvas.width = pictures.width;
  canvas.height = pictures.height;
  canvases.set(pictures, canvas);
  const context = canvas.getContext("2d");
  if (!context) return canvas;
  context.textAlign = "center";
  context.textBaseline = "middle";
  context.font = "700 20px system-ui, sans-serif";
  for (const [text, { x, y, width, height }] of Object.entries(pictures.mapping)) {
    context.beginPath();
    context.roundRect(x + 1, y + 1, width - 2, height - 2, height / 2 - 1);
    context.fillStyle = "rgba(33, 33, 33, 0.9)";
    context.fill();
    context.lineWidth = 2;
    context.strokeStyle = "#fff";
    context.stroke();
    context.fillStyle = "#fff";
    context.fillText(text, x + width / 2, y + height / 2 + 1);
  }
  return canvas;
};
