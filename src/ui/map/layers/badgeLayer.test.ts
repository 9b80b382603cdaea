import { describe, expect, it } from "vitest";
import type { SymbolGroup } from "../../../core/atlas/symbolGroups";
import { badgeParts, symbolBadgeLayer } from "./badgeLayer";

const svgOf = (url: string) =>
  decodeURIComponent(url.replace(/^data:image\/svg\+xml;charset=utf-8,/, ""));
const group = { iso3: "KEN", category: "cirt", position: [36.8, -1.3], offset: [0, 0] };
const badge = (count: number) => ({ group: group as unknown as SymbolGroup, count });

describe("a count badge's pictures", () => {
  it("spell its number, digit by digit, over a box as wide as the number", () => {
    const parts = badgeParts(badge(1207), "1207");
    expect(parts[0]?.kind).toBe("box");
    const digits = parts.filter((p) => p.kind === "digit");
    expect(digits.map((p) => svgOf(p.icon.url).match(/>(.)<\/text>/)?.[1]).join("")).toBe("1207");
    // Left to right, centred on the badge.
    expect(digits.map((p) => p.dx)).toEqual([...digits.map((p) => p.dx)].sort((a, b) => a - b));
    expect((digits[0]?.dx ?? 0) + (digits[3]?.dx ?? 0)).toBeCloseTo(0);
    const short = badgeParts(badge(12), "12")[0];
    expect(parts[0]?.icon.width).toBeGreaterThan(short?.icon.width ?? Infinity);
    expect(parts[0]?.icon.height).toBe(short?.icon.height);
  });
  it("come from a fixed set: a box per number of digits and ten digits", () => {
    const ids = new Set<string>();
    for (let count = 2; count < 5000; count += 7)
      for (const part of badgeParts(badge(count), String(count))) ids.add(part.icon.id);
    // 2 to 4999: one to four digits.
    expect(ids.size).toBe(10 + 4);
    // The same picture is the same icon object (deck.gl loads each once).
    expect(badgeParts(badge(33), "33")[1]?.icon).toBe(badgeParts(badge(3), "3")[1]?.icon);
  });
  it("keep the layer's data while the window's badges are the same", () => {
    const badges = [badge(3), badge(12)];
    const first = symbolBadgeLayer(badges, String).props.data;
    expect(symbolBadgeLayer(badges, String).props.data).toBe(first);
    expect((first as unknown[]).length).toBe(2 + 3);
  });
});
