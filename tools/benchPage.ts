import type { Browser, Page } from "playwright-core";
import { openWatchedPage } from "./atlasPage";

/** What the page's own observers record, for the bench to read. */
interface BenchWindow {
  benchLongTasks: { start: number; duration: number }[];
  benchStep?: Promise<{ pressed: number; ms: number }>;
}

/** Collects every long task (>= 50 ms on the main thread) from the start of the page. */
function observeLongTasks() {
  const w = window as unknown as BenchWindow;
  w.benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      w.benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
}

export interface PageLoad {
  /** Navigation start -> `atlas:base-map-idle` and -> `atlas:drawn` (ms). */
  baseMapIdle: number;
  drawn: number;
  /** The longest main-thread task before `atlas:drawn` (ms). */
  longestTask: number;
  /** Every file the page loaded before `atlas:drawn`: its path under the page and its body. */
  files: { path: string; body: Buffer }[];
  errors: string[];
  page: Page;
  close: () => Promise<void>;
}

/**
 * A phone on a mobile network, as page-speed audits emulate it ("slow 4G"): 150 ms round trip,
 * 1.6 Mbit/s down, 750 kbit/s up. Chromium holds every response of the page and its workers to it.
 */
export const PHONE_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
} as const;

/**
 * Opens `url` in a fresh context (empty cache) and waits for the page's `atlas:drawn` mark; with
 * `network`, over that emulated network.
 */
export async function loadPage(
  browser: Browser,
  origin: string,
  url: string,
  timeout = 600_000,
  network?: typeof PHONE_NETWORK,
): Promise<PageLoad> {
  const { page, context, errors } = await openWatchedPage(browser, origin);
  await page.addInitScript(observeLongTasks);
  if (network) {
    const devtools = await context.newCDPSession(page);
    await devtools.send("Network.enable");
    await devtools.send("Network.emulateNetworkConditions", network);
  }
  const bodies: Promise<{ path: string; body: Buffer } | null>[] = [];
  let drawn = false;
  page.on("response", (response) => {
    if (drawn || !response.url().startsWith(origin)) return;
    const path = new URL(response.url()).pathname;
    bodies.push(
      response
        .body()
        .then((body) => ({ path, body }))
        .catch(() => null),
    );
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("atlas:drawn").length > 0, null, {
    timeout,
    polling: 20,
  });
  drawn = true;
  // No named functions inside evaluated code: the TypeScript runner would wrap them in a helper
  // that the page does not have.
  const [baseMapIdle = Number.NaN, drawnAt = Number.NaN] = await page.evaluate(() =>
    ["atlas:base-map-idle", "atlas:drawn"].map(
      (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
    ),
  );
  const marks = { baseMapIdle, drawn: drawnAt };
  const longestTask = await longestTaskSince(page, 0, marks.drawn);
  const files = (await Promise.all(bodies)).filter((f) => f !== null);
  return { ...marks, longestTask, files, errors, page, close: () => context.close() };
}

/** The longest task that ended after `from` (and started before `to`), ms. */
async function longestTaskSince(page: Page, from: number, to = Infinity): Promise<number> {
  // Long tasks reach the observer a moment after they end.
  await page.waitForTimeout(200);
  return page.evaluate(
    ([from, to]) =>
      Math.max(
        0,
        ...(window as unknown as BenchWindow).benchLongTasks
          .filter((t) => t.start + t.duration >= from && t.start <= to)
          .map((t) => t.duration),
      ),
    [from, to] as const,
  );
}

export interface SliderStep {
  /** Key press -> the recounted window on screen and painted (ms). */
  ms: number;
  /** The longest main-thread task from the key press on (ms). */
  longestTask: number;
}

/**
 * One keyboard step of the "To year" slider: from the keydown event to the next paint after the
 * `.time-window` text changed (two animation frames after the change).
 */
export async function stepSlider(page: Page, key: "ArrowLeft" | "ArrowRight"): Promise<SliderStep> {
  await page.getByRole("slider", { name: "To year" }).focus();
  await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    const before = document.querySelector(".time-window")?.textContent;
    w.benchStep = new Promise((resolve) => {
      let pressed = Number.NaN;
      addEventListener("keydown", (event) => (pressed = event.timeStamp), {
        capture: true,
        once: true,
      });
      const observer = new MutationObserver(() => {
        if (document.querySelector(".time-window")?.textContent === before) return;
        observer.disconnect();
        requestAnimationFrame(() =>
          requestAnimationFrame(() => resolve({ pressed, ms: performance.now() - pressed })),
        );
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  });
  await page.keyboard.press(key);
  const step = await page.evaluate(() => (window as unknown as BenchWindow).benchStep);
  if (!step) throw new Error("the slider step was not observed");
  return { ms: step.ms, longestTask: await longestTaskSince(page, step.pressed) };
}
