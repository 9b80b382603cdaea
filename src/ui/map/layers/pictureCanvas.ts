/**
 * Pictures drawn on a canvas for deck.gl's IconLayer (prepacked: `iconAtlas` + `iconMapping`), as
 * the map's symbols (symbolPictures.ts) and badges (badgeAtlas.ts) are: nothing to load, so the
 * first frame that draws them has them all.
 */

/** An image deck.gl can make a texture of: a canvas in the app, a plain pixel array in the tests. */
export type PictureImage = HTMLCanvasElement | { width: number; height: number; data: Uint8Array };

/**
 * An icon layer's pictures from a canvas and where each is on it. deck.gl takes any image source as
 * `iconAtlas` (its docs: "one of the valid pixel sources for WebGL texture"); its types name only
 * a URL or a texture.
 */
export function prepackedPictures<Mapping>(image: PictureImage, mapping: Mapping) {
  return { iconAtlas: image as unknown as string, iconMapping: mapping };
}
