import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { startAtlasBrowser, waitForDrawn } from "./fixture";

/**
 * One map symbol per place, category and style, with a count badge when it stands for more than
 * one record in the window. With 100,000 synthetic records every country has hundreds per
 * category: a slider step must update the badges as quickly as the real data's step, within the
 * default timeouts. Reads the badges the deck.gl layer draws (its data, and the picture of each
 * badge's number on the badge canvas), as symbolsOnCountry does.
 */
const atlas = startAtlasBrowser();

/** Each drawn badge: "KEN cirt" -> its number, when the badge canvas has a picture of that number. */
async function badgesOnMap(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    type Badge = { badge: { group: { iso3: string; category: string } }; text: string };
    type DeckLayer = {
      id: string;
      props: { data: Badge[]; iconMapping: Record<string, { width: number }> };
    };
    const map = window.atlasMap;
    if (!map) throw new Error("no map");
    const controls = (map as unknown as { _controls: unknown[] })._controls;
    const overlay = controls.find(
      (c) => typeof (c as { pickObject?: unknown }).pickObject === "function",
    ) as { _deck: { props: { layers: DeckLayer[] } } };
    const layer = overlay._deck.props.layers.find((l) => l.id === "symbol-badges");
    const pictures = layer?.props.iconMapping ?? {};
    return Object.fromEntries(
      (layer?.props.data ?? [])
        .filter((b) => (pictures[b.text]?.width ?? 0) > 0)
        .map((b) => [`${b.badge.group.iso3} ${b.badge.group.category}`, b.text]),
    );
  });
}

describe("symbol count badges", () => {
  it("follow the year window with 100,000 records", async () => {
    const { page, errors } = await atlas.open("synthetic=100000&years=2018-2020");
    const before = await badgesOnMap(page);
    // About 600 symbols (countries x 3 categories) for 100,000 records, almost all with a badge.
    expect(Object.keys(before).length).toBeGreaterThan(300);
    expect(Object.keys(before).length).toBeLessThan(2_000);
    await page.getByRole("slider", { name: "To year" }).focus();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => page.locator(".time-window").textContent()).toBe("2018–2019");
    await waitForDrawn(page);
    const after = await badgesOnMap(page);
    const changed = Object.keys(after).filter((key) => after[key] !== before[key]);
    // A shorter window: fewer records per symbol, and the numbers drawn say so.
    expect(changed.length).toBeGreaterThan(Object.keys(after).length / 2);
    expect(changed.every((key) => Number(after[key]) <= Number(before[key]))).toBe(true);
    expect(errors).toEqual([]);
  });
});
