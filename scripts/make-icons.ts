/**
 * Renders public/icons/icon.svg to the PNG icons the web app manifest lists (192 and 512 px, and a
 * maskable 512 with room around the symbol): `npx tsx scripts/make-icons.ts`. The PNGs are committed;
 * run this again after changing the SVG.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "../tools/chromium";
import { PROJECT_ROOT } from "../tools/loadDataset";

const icons = join(PROJECT_ROOT, "public", "icons");
const svg = readFileSync(join(icons, "icon.svg"), "utf8");
const browser = await launchChromium();
try {
  for (const { name, size, padding } of [
    { name: "icon-192.png", size: 192, padding: 0 },
    { name: "icon-512.png", size: 512, padding: 0 },
    { name: "icon-maskable-512.png", size: 512, padding: 0.1 },
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inner = size * (1 - 2 * padding);
    await page.setContent(
      `<body style="margin:0;background:#0b3b66;display:grid;place-items:center;height:${size}px">` +
        `<div style="width:${inner}px;height:${inner}px">${svg.replace("<svg ", '<svg width="100%" height="100%" ')}</div></body>`,
    );
    await page.screenshot({ path: join(icons, name), omitBackground: false });
    await page.close();
  }
} finally {
  await browser.close();
}
