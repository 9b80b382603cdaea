import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isChunkUrl, LAZY_CHUNKS, type LazyChunk } from "../../tools/lazyChunks";
import { type StaticServer, startStaticServer } from "../../tools/staticServer";
import { startAtlasBrowser, waitForDrawn } from "./fixture";

/**
 * The first view loads only what it shows (README, "What loads when"): each part loaded later is a
 * file of its own, fetched the first time its feature is used, never before.
 */
const atlas = startAtlasBrowser();
const ALL = Object.keys(LAZY_CHUNKS) as LazyChunk[];

/** Opens a page that records the URL of every script it (or any of its frames) requests. */
async function watchScripts(pageOrigin = atlas.origin, allowed: string[] = []) {
  const watched = await atlas.watch(pageOrigin, { width: 1280, height: 800 }, allowed);
  const scripts: string[] = [];
  watched.context.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  const fetched = (name: LazyChunk) => scripts.some((url) => isChunkUrl(url, name));
  const notFetched = () => ALL.filter((name) => !fetched(name));
  return { ...watched, scripts, fetched, notFetched };
}

/** The screen position of one drawn CIRT symbol and its record's title, found by deck.gl's picking. */
async function aCirtSymbol(page: Page): Promise<{ x: number; y: number; title: string }> {
  const found = await page.evaluate(() => {
    type Symbol = {
      position: [number, number];
      offset: [number, number];
      records: { title: string }[];
    };
    const map = window.atlasMap;
    if (!map) throw new Error("no map");
    const controls = (map as unknown as { _controls: unknown[] })._controls;
    const overlay = controls.find(
      (c) => typeof (c as { pickObject?: unknown }).pickObject === "function",
    ) as {
      pickObject: (o: { x: number; y: number; radius: number; layerIds: string[] }) => {
        object?: Symbol;
      } | null;
      _deck: { props: { layers: { id: string; props: { data: Symbol[] } }[] } };
    };
    const layer = overlay._deck.props.layers.find((l) => l.id === "symbols-cirt");
    const box = map.getCanvas().getBoundingClientRect();
    for (const s of layer?.props.data ?? []) {
      const p = map.project(s.position);
      const [x, y] = [p.x + s.offset[0], p.y + s.offset[1]];
      if (x < 20 || y < 20 || x > box.width - 20 || y > box.height - 20) continue;
      const picked = overlay.pickObject({ x, y, radius: 3, layerIds: ["symbols-cirt"] });
      if (picked?.object === s)
        return { x: box.left + x, y: box.top + y, title: s.records[0]?.title ?? "" };
    }
    return null;
  });
  if (!found) throw new Error("no CIRT symbol on screen");
  return found;
}

describe("what the first view loads", () => {
  it("loads no part before its feature is used, and each part when it is", async () => {
    const { page, fetched, notFetched, foreignRequests, errors } = await watchScripts();
    await page.goto(`${atlas.origin}/atlas/`);
    await waitForDrawn(page);
    // Drawn means drawn with the symbols: deck.gl has arrived, and nothing else.
    expect(await page.locator(".atlas-map").getAttribute("data-symbols")).toBe("ready");
    expect(notFetched()).toEqual(ALL.filter((name) => name !== "deck"));
    // ...and with the countries: the base map (hidden until its fills are set) was shown and idle
    // first, so the bench's `atlas:drawn` never counts a view without them.
    const [baseMapIdle, drawn] = await page.evaluate(() =>
      ["atlas:base-map-idle", "atlas:drawn"].map(
        (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
      ),
    );
    expect(baseMapIdle).toBeLessThanOrEqual(drawn ?? Number.NaN);
    expect(
      await page
        .locator(".atlas-map-canvas")
        .evaluate((element) => getComputedStyle(element).opacity),
    ).toBe("1");

    // Hover works once the symbols are there: a CIRT symbol's record in the tooltip.
    const symbol = await aCirtSymbol(page);
    await page.mouse.move(symbol.x, symbol.y);
    await expect.poll(() => page.locator(".tooltip").textContent()).toContain(symbol.title);
    await page.mouse.move(0, 0);

    const uses: [LazyChunk[], () => Promise<void>][] = [
      [["table"], () => page.getByRole("button", { name: "Table", exact: true }).click()],
      [["sources"], () => page.getByRole("button", { name: "Sources", exact: true }).click()],
      [
        ["gaps"],
        async () => {
          await page.getByRole("button", { name: "Map", exact: true }).click();
          await page.getByRole("button", { name: "Gaps", exact: true }).click();
        },
      ],
      [
        ["export"],
        async () => {
          await page.getByText("Export", { exact: true }).click();
          await Promise.all([
            page.waitForEvent("download"),
            page.getByRole("button", { name: "Records (CSV)" }).click(),
          ]);
        },
      ],
      [
        ["embed"],
        async () => {
          await page.getByRole("button", { name: "Embed", exact: true }).click();
          await page.locator(".embed-code").waitFor();
          await page.keyboard.press("Escape");
        },
      ],
      [
        ["names-ar", "names-en", "names-es", "names-fr", "names-ru", "names-zh"],
        async () => {
          await page.locator(".search input").fill("Кения");
          await expect
            .poll(() => page.locator('[role="option"]').first().getAttribute("id"))
            .toMatch(/KEN$/);
          await page.keyboard.press("Escape");
        },
      ],
      [
        ["lang-fr"],
        async () => {
          await page.locator(".language select").selectOption("fr");
          await waitForDrawn(page);
          expect(await page.locator("html").getAttribute("lang")).toBe("fr");
          expect(await page.locator(".app-title h1").textContent()).not.toBe(
            "ITU-D Activity Atlas",
          );
        },
      ],
    ];
    for (const [names, use] of uses) {
      const before = notFetched();
      for (const name of names) expect(before, `${name} before its use`).toContain(name);
      await use();
      await expect.poll(() => names.filter((name) => !fetched(name))).toEqual([]);
      // Nothing else came with it.
      expect(notFetched()).toEqual(before.filter((name) => !names.includes(name)));
    }
    expect(notFetched()).toEqual(["zod", "lang-ar", "lang-es", "lang-ru", "lang-zh"]);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
  });

  describe("an embed", () => {
    let host: StaticServer;
    beforeAll(async () => {
      const hostPage = `<!doctype html><html><head><title>Host</title><link rel="icon" href="data:,"></head><body>
        <iframe id="atlas" src="${atlas.origin}/atlas/?embed=1" width="700" height="500" title="Atlas" style="border:0"></iframe>
        </body></html>`;
      host = await startStaticServer({}, { "/host.html": hostPage });
    });
    afterAll(async () => host?.close());

    it("loads the message check (zod) with the host's first set message", async () => {
      const { page, fetched, foreignRequests, errors } = await watchScripts(host.origin, [
        atlas.origin,
      ]);
      await page.goto(`${host.origin}/host.html`);
      const frame = page.frameLocator("#atlas");
      await frame.locator('.atlas-map[data-symbols="ready"]').waitFor({ timeout: 60_000 });
      expect(fetched("zod")).toBe(false);
      await page.evaluate(() => {
        const target = (document.getElementById("atlas") as HTMLIFrameElement).contentWindow;
        target?.postMessage({ type: "itu-d-atlas:set", years: "2019" }, "*");
      });
      await expect.poll(() => fetched("zod")).toBe(true);
      await expect.poll(() => frame.locator(".time-window").textContent()).toBe("2019");
      expect(foreignRequests).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
