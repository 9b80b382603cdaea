import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { prepareAtlas } from "./core/atlas/prepareAtlas";
import { ATLAS_DATA_PATH, type AtlasData } from "./core/data/atlasData";
import { syntheticActivities } from "./core/data/syntheticActivities";
import { LANGUAGES, type Language, preferredLanguage } from "./core/url/viewState";
import { createTranslator } from "./i18n/translate";
import { App } from "./ui/App";
import { ErrorBoundary } from "./ui/ErrorBoundary";
import "./ui/styles.css";

// Before the atlas loads, speak the language of the link, else the browser's.
const linked = new URLSearchParams(window.location.search).get("lang");
const language: Language = (LANGUAGES as readonly string[]).includes(linked ?? "")
  ? (linked as Language)
  : preferredLanguage(navigator.languages ?? [navigator.language]);
const t = createTranslator(language);
document.documentElement.lang = language;
document.documentElement.dir = t.rightToLeft ? "rtl" : "ltr";
const root = createRoot(document.getElementById("root") as HTMLElement);

function showLoadError(reason: string) {
  root.render(
    <div className="notice error" role="alert">
      <p>{t("app.loadError", { reason })}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t("app.retry")}
      </button>
    </div>,
  );
}

async function start() {
  root.render(<p className="notice">{t("app.loading")}</p>);
  const response = await fetch(ATLAS_DATA_PATH);
  if (!response.ok) throw new Error(`${ATLAS_DATA_PATH}: HTTP ${response.status}`);
  const data = (await response.json()) as AtlasData;
  // Benchmarks only: `?synthetic=N` adds N generated records (npm run bench measures the page with 1,000,000).
  const synthetic = Number(new URLSearchParams(window.location.search).get("synthetic") ?? 0);
  if (Number.isInteger(synthetic) && synthetic > 0 && synthetic <= 1_000_000)
    data.activities = data.activities.concat(
      syntheticActivities(
        synthetic,
        data.countries.map((c) => c.iso3),
      ),
    );
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
