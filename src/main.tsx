import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { prepareAtlas } from "./core/atlas/prepareAtlas";
import { ATLAS_DATA_PATH, type AtlasData } from "./core/data/atlasData";
import { en } from "./i18n/messages.en";
import { createTranslator } from "./i18n/translate";
import { App } from "./ui/App";
import { TranslateProvider } from "./ui/i18n";
import "./ui/styles.css";

const t = createTranslator(en);
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
  const started = performance.now();
  const atlas = prepareAtlas(data);
  performance.measure("atlas:prepare", { start: started, end: performance.now() });
  root.render(
    <StrictMode>
      <TranslateProvider value={t}>
        <App atlas={atlas} />
      </TranslateProvider>
    </StrictMode>,
  );
}

start().catch((error: unknown) =>
  showLoadError(error instanceof Error ? error.message : String(error)),
);
