/**
 * Leader lines drawn as pictures in the symbols' icon program. A leader runs from a symbol's place
 * to the symbol fanned out beside it: a fixed pixel offset, so each line is a picture of a straight
 * stroke, anchored at its left end on the place and turned towards the symbol. deck.gl then draws
 * the leaders with the program it already compiled for the symbols; a line program of their own
 * (with the arcs') took about a quarter of a second in software WebGL before the first view was
 * drawn.
 *
 * An icon scales with its height, so one picture cannot give every length the same thickness. The
 * pictures are strokes of a few proportions (length : thickness), each STEP longer than the last;
 * a leader takes the one nearest its own and is sized so that its length is exact; its thickness
 * is then within a factor of √STEP of LEADER_WIDTH_PX: 2.7 to 3.4 px.
 */

/** A leader line's thickness on screen (px). */
export const LEADER_WIDTH_PX = 3;
/**
 * A picture's height on the canvas (px): twice a leader's thickness, in three bands of two rows
 * (edge, core, edge), so the mipmap level a leader is drawn from has them one pixel each.
 */
const HEIGHT = 6;
/** Space above and below each row of pictures: mipmaps of a thin stroke reach a few pixels out. */
const GAP = 8;
/** The shortest proportion, and the factor from one to the next. */
const FIRST_PROPORTION = 2;
const STEP = 1.25;
/** 18 proportions: 2 to 88, leaders of 6 to 264 px (a ring's radius is 9 to ~40 px). */
const PROPORTIONS = Array.from({ length: 18 }, (_, k) => FIRST_PROPORTION * STEP ** k);

/** The leader line's colour (dark) and its edges' (light), so it reads on any fill. */
const CORE = "rgb(20, 20, 20)";
const EDGE = "rgba(255, 255, 255, 0.9)";

/** Where a leader picture is on the canvas, as deck.gl's IconLayer reads it, anchored at its left end. */
export interface LeaderPicture {
  x: number;
  y: number;
  width: number;
  height: number;
  anchorX: number;
  anchorY: number;
  mask: false;
}

const nameOf = (k: number) => `leader-${k}`;

/** The picture and icon size (height in px) that draw a leader `length` px long. */
export function leaderPicture(length: number): { name: string; size: number } {
  const wanted = Math.log(length / LEADER_WIDTH_PX / FIRST_PROPORTION) / Math.log(STEP);
  const k = Math.min(PROPORTIONS.length - 1, Math.max(0, Math.round(wanted)));
  return { name: nameOf(k), size: length / (PROPORTIONS[k] ?? FIRST_PROPORTION) };
}

/**
 * The angle (degrees, counter-clockwise, as IconLayer's getAngle) that turns a picture pointing
 * right towards a pixel offset (x right, y down).
 */
export function leaderAngle([x, y]: readonly [number, number]): number {
  return (Math.atan2(-y, x) * 180) / Math.PI;
}

/** Places the leader pictures in rows from `top`, at most `width` wide; pure, for the tests. */
export function layoutLeaderPictures(
  top: number,
  width: number,
): { mapping: Record<string, LeaderPicture>; bottom: number } {
  const mapping: Record<string, LeaderPicture> = {};
  let x = 0;
  let y = top + GAP;
  PROPORTIONS.forEach((proportion, k) => {
    const pictureWidth = Math.round(proportion * HEIGHT);
    if (x > 0 && x + pictureWidth > width) {
      x = 0;
      y += HEIGHT + GAP;
    }
    mapping[nameOf(k)] = {
      x,
      y,
      width: pictureWidth,
      height: HEIGHT,
      anchorX: 0,
      anchorY: HEIGHT / 2,
      mask: false,
    };
    x += pictureWidth + GAP;
  });
  return { mapping, bottom: y + HEIGHT + GAP };
}

/** Draws each leader picture: a dark stroke with a light edge on both sides. */
export function drawLeaderPictures(
  context: CanvasRenderingContext2D,
  mapping: Record<string, LeaderPicture>,
): void {
  for (const { x, y, width, height } of Object.values(mapping)) {
    context.fillStyle = EDGE;
    context.fillRect(x, y, width, height);
    context.fillStyle = CORE;
    context.fillRect(x, y + height / 3, width, height / 3);
  }
}
