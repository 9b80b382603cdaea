import { CATEGORY_STYLE, type SymbolShape, symbolPath } from "../../theme/categoryStyle";
import { drawLeaderPictures, type LeaderPicture, layoutLeaderPictures } from "./leaderPictures";
import { type PictureImage, prepackedPictures } from "./pictureCanvas";

/**
 * Every picture of the map's icon layers but the badges, drawn on one canvas when deck.gl starts:
 * each point category's shape (solid and hollow), the site dots, the small countries' disk (in a
 * row), and the leader lines' strokes (leaderPictures.ts, in rows below).
 * A canvas is drawn at once, so the first frame with the symbols has them all; pictures loaded
 * from SVG arrive frames later (each decoded on its own), and the map waited for them.
 */

/** A picture's side on the canvas (px): twice its largest size on screen, to stay sharp. */
const SIDE = 64;
/** Space between pictures, so none bleeds into its neighbour when scaled. */
const GAP = 2;

type PointShape = Exclude<SymbolShape, "arc">;

/** What each picture is: a category's shape (solid or hollow) or the plain disk (a mask). */
interface PictureRecipe {
  shape: PointShape;
  hollow: boolean;
  colour: string | null;
}

const RECIPES: Record<string, PictureRecipe> = {
  "cirt-solid": { shape: "diamond", hollow: false, colour: CATEGORY_STYLE.cirt.hex },
  "cirt-hollow": { shape: "diamond", hollow: true, colour: CATEGORY_STYLE.cirt.hex },
  "dtc-solid": { shape: "square", hollow: false, colour: CATEGORY_STYLE.dtc.hex },
  "dtc-hollow": { shape: "square", hollow: true, colour: CATEGORY_STYLE.dtc.hex },
  "connectivity-solid": {
    shape: "triangle",
    hollow: false,
    colour: CATEGORY_STYLE.connectivity.hex,
  },
  "connectivity-hollow": {
    shape: "triangle",
    hollow: true,
    colour: CATEGORY_STYLE.connectivity.hex,
  },
  "assistance-dot": { shape: "dot", hollow: false, colour: CATEGORY_STYLE.assistance.hex },
  "partnership-dot": { shape: "dot", hollow: false, colour: CATEGORY_STYLE.partnership.hex },
  disk: { shape: "dot", hollow: false, colour: null },
};

/** The name of a picture on the canvas. */
export type SymbolPictureName = keyof typeof RECIPES;

const CANVAS_WIDTH = Math.max(1024, Object.keys(RECIPES).length * (SIDE + GAP));
const LEADERS = layoutLeaderPictures(SIDE, CANVAS_WIDTH);

/** Where each picture is on the canvas, as deck.gl's IconLayer reads it (`iconMapping`). */
export const SYMBOL_PICTURES: Record<
  string,
  { x: number; y: number; width: number; height: number; mask: boolean } | LeaderPicture
> = {
  ...Object.fromEntries(
    Object.entries(RECIPES).map(([name, recipe], i) => [
      name,
      { x: i * (SIDE + GAP), y: 0, width: SIDE, height: SIDE, mask: recipe.colour === null },
    ]),
  ),
  ...LEADERS.mapping,
};

/** The canvas's size (px). */
export const SYMBOL_CANVAS = { width: CANVAS_WIDTH, height: LEADERS.bottom };

let drawn: HTMLCanvasElement | null = null;

/**
 * The canvas with every picture, drawn once. A shape as categoryStyle's symbolSvg draws it: a dark
 * outer edge, a white inner one, the colour inside (or a white inside ringed with the colour, when
 * hollow), in the same 37-unit box; the disk is plain white, tinted by its layer.
 */
export function drawSymbolPictures(): HTMLCanvasElement {
  if (drawn) return drawn;
  const canvas = document.createElement("canvas");
  canvas.width = SYMBOL_CANVAS.width;
  canvas.height = SYMBOL_CANVAS.height;
  drawn = canvas;
  const context = canvas.getContext("2d");
  if (!context) return canvas;
  context.lineJoin = "round";
  for (const [name, { shape, hollow, colour }] of Object.entries(RECIPES)) {
    const { x } = SYMBOL_PICTURES[name] ?? { x: 0 };
    if (colour === null) {
      // The disk fills its picture: its layer sizes it by its diameter.
      context.setTransform(1, 0, 0, 1, x, 0);
      context.beginPath();
      context.arc(SIDE / 2, SIDE / 2, SIDE / 2 - 1, 0, 2 * Math.PI);
      context.fillStyle = "#fff";
      context.fill();
      continue;
    }
    const path = new Path2D(symbolPath(shape));
    context.setTransform(SIDE / 37, 0, 0, SIDE / 37, x + (2.5 * SIDE) / 37, (2.5 * SIDE) / 37);
    const stroke = (ink: string, width: number, fill: string | null) => {
      if (fill) {
        context.fillStyle = fill;
        context.fill(path);
      }
      context.strokeStyle = ink;
      context.lineWidth = width;
      context.stroke(path);
    };
    if (hollow) {
      stroke("#141414", 8, null);
      stroke("#fff", 5.5, "#fff");
      stroke(colour, 3, null);
    } else {
      stroke("#141414", 8, null);
      stroke("#fff", 4.5, colour);
    }
  }
  context.setTransform(1, 0, 0, 1, 0, 0);
  drawLeaderPictures(context, LEADERS.mapping);
  return canvas;
}

/** An icon layer's pictures: the canvas and SYMBOL_PICTURES. */
export function symbolPictureProps(image: PictureImage) {
  return prepackedPictures(image, SYMBOL_PICTURES);
}
