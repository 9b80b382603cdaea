import { describe, expect, it } from "vitest";
import {
  LEADER_WIDTH_PX,
  layoutLeaderPictures,
  leaderAngle,
  leaderPicture,
} from "./leaderPictures";

const { mapping } = layoutLeaderPictures(0, 1024);

describe("leader pictures", () => {
  it("draw a leader of any ring's length exactly that long, about as thick as a leader line", () => {
    for (let length = 6; length <= 260; length += 0.5) {
      const { name, size } = leaderPicture(length);
      const picture = mapping[name];
      if (!picture) throw new Error(`no picture ${name}`);
      // The icon is `size` px high; its width follows the picture's proportions.
      expect(size * (picture.width / picture.height)).toBeCloseTo(length, 0);
      expect(size, `thickness at ${length} px`).toBeGreaterThan(LEADER_WIDTH_PX * 0.88);
      expect(size, `thickness at ${length} px`).toBeLessThan(LEADER_WIDTH_PX * 1.13);
    }
  });
  it("start at the place: anchored at the picture's left end, halfway up", () => {
    for (const picture of Object.values(mapping)) {
      expect(picture.anchorX).toBe(0);
      expect(picture.anchorY).toBe(picture.height / 2);
    }
  });
  it("turn towards the symbol (screen y down, angles counter-clockwise)", () => {
    expect(leaderAngle([10, 0])).toBeCloseTo(0);
    expect(leaderAngle([0, -10])).toBeCloseTo(90);
    expect(Math.abs(leaderAngle([-10, 0]))).toBeCloseTo(180);
    expect(leaderAngle([0, 10])).toBeCloseTo(-90);
  });
  it("fit the canvas's width, in rows below the given top", () => {
    const { mapping: placed, bottom } = layoutLeaderPictures(64, 600);
    for (const p of Object.values(placed)) {
      expect(p.x + p.width).toBeLessThanOrEqual(Math.max(600, p.width));
      expect(p.y).toBeGreaterThan(64);
      expect(p.y + p.height).toBeLessThanOrEqual(bottom);
    }
  });
});
