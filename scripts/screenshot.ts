/**
 * Takes a screenshot of the built atlas for a given URL query: `npx tsx scripts/screenshot.ts "view=regions" out.png`.
 * Optional: width, height, and `touch` for a phone (`... out.png 390 844 touch`).
 * Used to look at UI changes; the README screenshot is made with it.
 */
import { join } from "node:path";
import { openWatchedPage, waitForBrief, waitForDrawn, waitForIdleMap } from "../tools/atlasPage";
import { launchChromium } from "../tools/chromium";
import { PROJECT_ROOT } from "../tools/loadDataset";
import { startStaticServer } from "../tools/staticServer";

const [query = "", out = "test-results/screenshot.png", width = "1280", height = "800", touch] =
  process.argv.slice(2);
const server = await startStaticServer({ "/atlas/": join(PROJECT_ROOT, "dist") });
const browser = await launchChromium();
try {
  const { page, errors, foreignRequests } = await openWatchedPage(browser, server.origin, {
    width: Number(width),
    height: Number(height),
    touch: touch === "touch",
  });
  await page.goto(`${server.origin}/atlas/?${query}`);
  // A brief (view=brief) has no map: it says when its locator map and QR code are drawn.
  if (new URLSearchParams(query).get("view") === "brief") await waitForBrief(page, 120_000);
  else {
    await waitForDrawn(page, 120_000);
    await waitForIdleMap(page);
  }
  await page.screenshot({ path: out });
  console.log(
    `saved ${out}; errors: ${errors.length ? errors.join(" | ") : "none"}; foreign: ${foreignRequests.length}`,
  );
} finally {
  await browser.close();
  await server.close();
}
