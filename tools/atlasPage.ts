import type { Browser, BrowserContext, Page } from "playwright-core";

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests to any origin other than the page's own; they are aborted. */
  foreignRequests: string[];
}

/** A page size; `touch` emulates a phone (touch input, coarse pointer). */
export interface Viewport {
  width: number;
  height: number;
  touch?: boolean;
}

/**
 * Opens a page that records errors and blocks (and records) every request that leaves `origin`.
 * Service workers are blocked unless asked for, so that every other test sees the network as the
 * app does on a first visit (the offline tests allow them).
 */
export async function openWatchedPage(
  browser: Browser,
  origin: string,
  viewport: Viewport = { width: 1280, height: 800 },
  otherAllowedOrigins: string[] = [],
  serviceWorkers: "allow" | "block" = "block",
): Promise<WatchedPage> {
  const context = await browser.newContext({
    serviceWorkers,
    viewport: { width: viewport.width, height: viewport.height },
    // A phone: touch events, coarse pointer, mobile viewport rules.
    hasTouch: viewport.touch ?? false,
    isMobile: viewport.touch ?? false,
    deviceScaleFactor: 1,
    acceptDownloads: true,
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  await context.route("**/*", (route) => {
    const url = route.request().url();
    const allowed = [origin, ...otherAllowedOrigins].some((o) => url.startsWith(o));
    if (allowed || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  return { page, context, errors, foreignRequests };
}

/**
 * Waits until the map shows the view the app wants: the map went idle once (`data-ready`), a frame
 * of the current view (`data-view`) was drawn (`data-drawn-view`) and the camera is still.
 */
export async function waitForDrawn(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = document.querySelector<HTMLElement>('.atlas-map[data-ready="true"]');
      return (
        map !== null &&
        map.dataset.view === map.dataset.drawnView &&
        window.atlasMap !== undefined &&
        !window.atlasMap.isMoving()
      );
    },
    null,
    { timeout },
  );
}

/**
 * Repaints the map and waits for its next `idle` event, then two animation frames (deck.gl draws on
 * the frame after the map's): everything the map was asked to show so far is on the canvas.
 */
export async function waitForIdleMap(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const map = window.atlasMap;
        if (!map) return reject(new Error("map not ready"));
        map.once("idle", () => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
        map.triggerRepaint();
      }),
  );
}

/**
 * Waits until a printable brief (`view=brief`) is complete: its locator map and its QR code are
 * drawn, which the page says with `data-brief-ready="true"`.
 */
export async function waitForBrief(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForSelector('.brief[data-brief-ready="true"]', { timeout });
}
