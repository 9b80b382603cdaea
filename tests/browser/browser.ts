import { type Browser, chromium, type Page } from "playwright-core";

/** Flags that let Debian's Chromium render WebGL in software and keep it off the network. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests to any origin other than the page's own; they are aborted. */
  foreignRequests: string[];
}

/** Opens a page that records errors and blocks (and records) every request that leaves `origin`. */
export async function openWatchedPage(
  browser: Browser,
  origin: string,
  viewport = { width: 1280, height: 800 },
  otherAllowedOrigins: string[] = [],
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport,
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
  return { page, errors, foreignRequests };
}

/** Waits until the map has drawn (the map element says so) and deck.gl had a frame. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForSelector('.atlas-map[data-ready="true"]', {
    timeout: 60_000,
    state: "attached",
  });
  await page.waitForTimeout(400);
}
