import { existsSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../scripts/lib/loadDataset";

/** The browser tests run against the production build; `npm test` builds it first. */
export default function setup() {
  if (!existsSync(join(PROJECT_ROOT, "dist", "index.html")))
    throw new Error(
      "dist/ is missing: run `npm run build` before the browser tests (npm test does).",
    );
}
