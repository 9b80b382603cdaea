import { existsSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { launchChromiumServer } from "../../tools/chromium";
import { PROJECT_ROOT } from "../../tools/loadDataset";
import { startStaticServer } from "../../tools/staticServer";

declare module "vitest" {
  export interface ProvidedContext {
    /** The atlas server's origin; it serves dist/ under /atlas/ (a sub-folder). */
    atlasOrigin: string;
    /** Where the test files connect to the one Chromium of the run. */
    chromiumEndpoint: string;
  }
}

/**
 * The browser tests run against the production build; `npm test` builds it first. One server and
 * one Chromium serve every test file; each file connects to it.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(join(PROJECT_ROOT, "dist", "index.html")))
    throw new Error(
      "dist/ is missing: run `npm run build` before the browser tests (npm test does).",
    );
  const server = await startStaticServer({ "/atlas/": join(PROJECT_ROOT, "dist") });
  const chromium = await launchChromiumServer();
  project.provide("atlasOrigin", server.origin);
  project.provide("chromiumEndpoint", chromium.wsEndpoint());
  return async () => {
    await chromium.close();
    await server.close();
  };
}
