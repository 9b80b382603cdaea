/**
 * How the built atlas responds with large datasets, in headless Chromium (software WebGL):
 *   npm run bench:browser        (after npm run build)
 * For 0, 100,000 and 1,000,000 synthetic records added to the real ones (`?synthetic=N`): time from
 * navigation to the first drawn map, the start-up preparation (counts, symbol placement), and the
 * time from a keyboard step of the year slider to the recounted numbers on screen, against the same
 * step with the real dataset alone (the baseline).
 */
import { join } from "node:path";
import { openWatchedPage } from "../tools/atlasPage";
import { launchChromium } from "../tools/chromium";
import { PROJECT_ROOT } from "../tools/loadDataset";
import { startStaticServer } from "../tools/staticServer";

const server = await startStaticServer({ "/atlas/": join(PROJECT_ROOT, "dist") });
const browser = await launchChromium();
const rows: string[] = [];
let baselineStep = 0;
try {
  const sizes = (process.argv[2] ?? "0,100000,1000000").split(",").map(Number);
  // All layers, and the counts alone (choropleth, panel, legend) with no point symbols to draw.
  const variants = [
    { name: "all layers", query: "" },
    { name: "counts only", query: "&layers=assistance" },
  ];
  for (const variant of variants)
    for (const n of sizes) {
      const { page, errors } = await openWatchedPage(browser, server.origin);
      const started = Date.now();
      await page.goto(`${server.origin}/atlas/?synthetic=${n}&years=2018-2020${variant.query}`);
      await page.waitForSelector('.atlas-map[data-ready="true"]', {
        timeout: 300_000,
        state: "attached",
      });
      const ready = Date.now() - started;
      const prepare = await page.evaluate(
        () => performance.getEntriesByName("atlas:prepare")[0]?.duration ?? 0,
      );
      const slider = page.getByRole("slider", { name: "To year" });
      await slider.focus();
      const steps: number[] = [];
      for (let i = 0; i < 4; i++) {
        const key = i % 2 === 0 ? "ArrowLeft" : "ArrowRight";
        const previous = await page.locator(".time-window").textContent();
        const t0 = Date.now();
        await page.keyboard.press(key);
        await page.waitForFunction(
          (text) => document.querySelector(".time-window")?.textContent !== text,
          previous,
          { timeout: 120_000, polling: 10 },
        );
        steps.push(Date.now() - t0);
      }
      steps.sort((a, b) => a - b);
      const step = steps[Math.floor(steps.length / 2)] ?? 0;
      if (n === 0) baselineStep = step;
      console.error(
        `measured ${variant.name}, ${n} records: ready ${ready} ms, prepare ${prepare.toFixed(0)} ms, step ${step} ms`,
      );
      rows.push(
        `| ${variant.name} | ${n.toLocaleString("en")} | ${(ready / 1000).toFixed(1)} s | ${prepare.toFixed(0)} ms | ${step} ms | ${(step / Math.max(1, baselineStep)).toFixed(1)}x | ${errors.length} |`,
      );
      await page.context().close();
    }
} finally {
  await browser.close();
  await server.close();
}
console.log(
  "\nThe page with synthetic records added (headless Chromium, software WebGL, 2 cores)\n",
);
console.log(
  "| layers | synthetic records | navigation to map drawn | start-up preparation | slider step to numbers on screen | vs real data alone | console errors |",
);
console.log("|--|--:|--:|--:|--:|--:|--:|");
for (const row of rows) console.log(row);
