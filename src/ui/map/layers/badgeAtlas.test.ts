import { describe, expect, it } from "vitest";
import { badgePictureSize, layoutBadgePictures } from "./badgeAtlas";

const overlap = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("the badge pictures' canvas", () => {
  it("gives every number a picture as high as a badge and as wide as its digits", () => {
    const short = badgePictureSize("7");
    const long = badgePictureSize("1207");
    expect(long.height).toBe(short.height);
    expect(long.width).toBeGreaterThan(short.width);
    expect(badgePictureSize("12").width).toBeGreaterThan(short.width);
  });
  it("places each number once, none over another, all on the canvas", () => {
    const texts = Array.from({ length: 700 }, (_, i) => String(2 + i * 13));
    const { mapping, width, height } = layoutBadgePictures([...texts, "15", "2"]);
    const pictures = Object.entries(mapping);
    expect(pictures.map(([text]) => text)).toEqual(texts);
    for (const [text, p] of pictures) {
      expect(p).toMatchObject(badgePictureSize(text));
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.x + p.width).toBeLessThanOrEqual(width);
      expect(p.y + p.height).toBeLessThanOrEqual(height);
    }
    const boxes = pictures.map(([, p]) => p);
    const overlapping = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlap(a, b)));
    expect(overlapping).toEqual([]);
    // Rows fill the width before a new one starts: the canvas is no taller than it must be.
    const area = pictures.reduce((sum, [, p]) => sum + (p.width + 2) * (p.height + 2), 0);
    expect(width * height).toBeLessThan(area * 1.25);
  });
  it("fits every number the map's badges can read (2 to 999, 999+) on one modest canvas", () => {
    const all = [...Array.from({ length: 998 }, (_, i) => String(i + 2)), "999+"];
    const { mapping, width, height } = layoutBadgePictures(all);
    expect(Object.keys(mapping)).toHaveLength(999);
    expect(width).toBe(1024);
    expect(height).toBeLessThanOrEqual(2048);
  });
});
