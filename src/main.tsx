import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { prepareAtlas } from "./core/atlas/prepareAtlas";
import { ATLAS_DATA_PATH, type AtlasData } from "./core/data/atlasData";
import { readAddress, reloadPage } from "./core/url/address";
import { parseViewState, preferredLanguage } from "./core/url/viewState";
import { loadedCatalogue } from "./i18n/catalogues";
import { createTranslator, type Translate } from "./i18n/translate";
import { App } from "./ui/App";
import { ErrorBoundary } from "./ui/ErrorBoundary";
import { loadLanguage } from "./ui/state/useShownLanguage";
// Stylesheets in cascade order: the Sources view's (its code loads later, its styles come first,
// where they stood when it was part of the first download), the base, each feature's, then the
// shell's layout at three sizes.
import "./ui/sources/sources.css";
import "./ui/styles.css";
import "./ui/panels/panels.css";
import "./ui/table/table.css";
import "./ui/share/share.css";
import "./ui/gaps/gaps.css";
import "./ui/map/legend.css";
import "./ui/layout.css";

// Before the atlas loads, speak the language of the link, else the browser's. The countries are not
// known yet, so this early reading takes any; the app reads the address again, and says what it
// could not use.
const page = parseViewState(
  readAddress(),
  () => true,
  preferredLanguage(navigator.languages ?? [navigator.language]),
).state;
const language = page.lang;
// English until the chosen language's messages have arrived (they load with the atlas's data).
const translator = (): Translate => createTranslator(loadedCatalogue(language) ? language : "en");
const root = createRoot(document.getElementById("root") as HTMLElement);

function showLoadError(reason: string) {
  const t = translator();
  root.render(
    <div className="notice error" role="alert">
      <p>{t("app.loadError", { reason })}</p>
      <button type="button" onClick={reloadPage}>
        {t("app.retry")}
      </button>
    </div>,
  );
}

async function start() {
  const languageLoaded = loadLanguage(language);
  const responded = fetch(ATLAS_DATA_PATH);
  // Without its messages (a failed load), the page speaks English and the app tries again.
  await languageLoaded.catch(() => {});
  const t = translator();
  document.documentElement.lang = t.language;
  document.documentElement.dir = t.rightToLeft ? "rtl" : "ltr";
  root.render(<p className="notice">{t("app.loading")}</p>);
  const response = await responded;
  if (!response.ok) throw new Error(`${ATLAS_DATA_PATH}: HTTP ${response.status}`);
  const data = (await response.json()) as AtlasData;
  // Benchmarks only: `?synthetic=N` adds N generated records (npm run bench:browser measures the
  // page with up to 1,000,000). The generator is loaded only then, so it stays out of the main bundle.
  if (page.synthetic > 0) {
    const { syntheticActivities } = await import("./core/data/syntheticActivities");
    data.activities = data.activities.concat(
      syntheticActivities(
        page.synthetic,
        data.countries.map((c) => c.iso3),
      ),
    );
  }
  const started = performance.now();
  const atlas = prepareAtlas(data);
  performance.measure("atlas:prepare", { start: started, end: performance.now() });
  root.render(
    <StrictMode>
      <ErrorBoundary
        fallback={(reason) => <p className="notice error">{t("app.partError", { reason })}</p>}
      >
        <App atlas={atlas} />
      </ErrorBoundary>
    </StrictMode>,
  );
}

start().catch((error: unknown) =>
  showLoadError(error instanceof Error ? error.message : String(error)),
);
