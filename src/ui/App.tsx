import type { MapLibreOverlay } from "@deck.gl/maplibre";
import type { Map as MapLibreMap } from "maplibre-gl";
import { lazy, Suspense, useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Atlas } from "../core/atlas/prepareAtlas";
import { type TimeSelection, windowOf } from "../core/time/yearWindow";
import { pathOnly } from "../core/url/address";
import { serializeViewState } from "../core/url/viewState";
import { loadAllCountryNames } from "../i18n/countryNames";
import { createTranslator } from "../i18n/translate";
import { AppHeader } from "./AppHeader";
import { ErrorBoundary } from "./ErrorBoundary";
import { useEmbedBridge } from "./embed/useEmbedBridge";
import { LanguageProvider, TranslateProvider } from "./i18n";
import { EmbedDialog, loadExportView } from "./lazyParts";
import { localizeAtlas } from "./localizeAtlas";
import { MapArea } from "./map/MapArea";
import { UpdatePrompt } from "./offline/UpdatePrompt";
import { type PanelActions, SidePanel } from "./panels/SidePanel";
import { searchableCountries } from "./search/searchableCountries";
import type { ExportKind } from "./share/exportKinds";
import { SourcesLink } from "./sources/SourcesLink";
import { useDocumentLanguage, useEscapeCloses } from "./state/pageEffects";
import { createPendingParts, PendingPartsProvider } from "./state/pendingParts";
import { useMediaQuery } from "./state/useMediaQuery";
import { useShownLanguage } from "./state/useShownLanguage";
import { useViewState } from "./state/useViewState";
import { CoverageBands } from "./time/CoverageBands";
import { TimeControl } from "./time/TimeControl";
import { UrlNotices } from "./UrlNotices";
import { useAtlasView } from "./useAtlasView";

/** A frame this short (a phone held sideways) keeps every row it can for the map (layout.css). */
const SHORT_FRAME = "(max-height: 520px)";

type SheetState = "peek" | "open" | "full";

// The printable brief is its own chunk, loaded only when a brief is opened.
const BriefPage = lazy(() => import("./brief/BriefPage"));

export function App({ atlas: baseAtlas }: { atlas: Atlas }) {
  const isKnownCountry = useCallback(
    (iso3: string) => baseAtlas.countryByIso3.has(iso3),
    [baseAtlas],
  );
  const known = useMemo(
    () => ({ isKnownCountry, isKnownSource: (id: string) => baseAtlas.sourceTitle.has(id) }),
    [baseAtlas, isKnownCountry],
  );
  const { state, initial, update, notices, dismissNotices } = useViewState(known);
  // Parts still loading (symbols, a view, a language): the map reports no view drawn meanwhile.
  const [parts] = useState(createPendingParts);
  // The chosen language once its messages and country names have arrived; the previous one until then.
  const language = useShownLanguage(state.lang);
  const languagePending = language !== state.lang;
  useLayoutEffect(() => (languagePending ? parts.add() : undefined), [languagePending, parts]);
  const t = useMemo(() => createTranslator(language), [language]);
  const atlas = useMemo(() => localizeAtlas(baseAtlas, language), [baseAtlas, language]);
  const briefOf =
    state.view !== "brief"
      ? null
      : state.country
        ? (atlas.countryByIso3.get(state.country)?.name ?? state.country)
        : state.region && t(`region.${state.region}`);
  useDocumentLanguage(
    language,
    briefOf
      ? t("brief.pageTitle", { place: briefOf, window: windowOf(state.time) })
      : t("app.title"),
  );
  // Search finds a country by its name in any of the six languages: those lists load on first use.
  const [allNames, setAllNames] = useState(false);
  const loadSearchNames = useCallback(() => {
    loadAllCountryNames().then(
      () => setAllNames(true),
      () => {},
    );
  }, []);
  useEscapeCloses(state, update);
  const [hoveredGap, setHoveredGap] = useState<string | null>(null);
  const model = useAtlasView(atlas, state, t, hoveredGap);
  // biome-ignore lint/correctness/useExhaustiveDependencies: allNames: the name lists read grew
  const searchable = useMemo(
    () => searchableCountries(atlas.data, (iso3) => atlas.countryByIso3.get(iso3)?.name ?? iso3),
    [atlas, allNames],
  );
  const [embedOpen, setEmbedOpen] = useState(false);
  // On phones and medium screens the panel is a sheet under the map: it opens by itself when a
  // country or region is chosen, and the handle opens or closes it (see layout.css).
  // Peek (the handle only), open (a few lines, the map keeps most of the screen) or full.
  const [sheetChosen, setSheetChosen] = useState<SheetState | null>(null);
  const chosen = state.country ?? state.region;
  const [sheetFor, setSheetFor] = useState(chosen);
  if (sheetFor !== chosen) {
    setSheetFor(chosen);
    setSheetChosen(null);
  }
  // A country or region opens the sheet a few lines high; in a short frame (a phone held
  // sideways) it stays at its handle, or the map would be a strip.
  const shortFrame = useMediaQuery(SHORT_FRAME);
  const sheet: SheetState = sheetChosen ?? (chosen !== null && !shortFrame ? "open" : "peek");
  const nextSheet = { peek: "open", open: "full", full: "peek" } as const;
  const [exportError, setExportError] = useState<string | null>(null);
  const handles = useRef<{ map: MapLibreMap; overlay: Promise<MapLibreOverlay | null> } | null>(
    null,
  );
  const setTime = useCallback((time: TimeSelection) => update({ time }), [update]);
  useEmbedBridge(state.embed, state, update, isKnownCountry);
  const panelActions: PanelActions = {
    selectCountry: (iso3) => update({ country: iso3 }),
    closeCountry: () => update({ country: null }),
    showWholeMap: () => update({ country: null, camera: null }),
    selectRegion: (region) => update({ region, country: null }),
    closeRegion: () => update({ region: null }),
    setPopulation: (population) => update({ population }),
    hoverGap: setHoveredGap,
    briefHref: `${pathOnly()}?${serializeViewState({ ...state, view: "brief", camera: null })}`,
    openBrief: () => update({ view: "brief" }),
  };
  const partFailed = (reason: string) => (
    <p className="notice error">{t("app.partError", { reason })}</p>
  );

  const mapArea = (
    <MapArea
      atlas={atlas}
      state={state}
      model={model}
      update={update}
      initialCamera={initial.camera}
      onMap={(map, overlay) => {
        handles.current = { map, overlay };
      }}
    />
  );
  const slider = (
    <ErrorBoundary fallback={partFailed}>
      <TimeControl
        selection={state.time}
        onChange={setTime}
        chart={model.yearChart}
        categories={state.categories}
        coverage={<CoverageBands atlas={atlas} />}
      />
    </ErrorBoundary>
  );

  const provide = (content: React.ReactNode) => (
    <PendingPartsProvider value={parts}>
      <LanguageProvider value={language}>
        <TranslateProvider value={t}>{content}</TranslateProvider>
      </LanguageProvider>
    </PendingPartsProvider>
  );

  if (briefOf) {
    return provide(
      <Suspense fallback={<p className="notice">{t("brief.loading")}</p>}>
        <BriefPage
          atlas={atlas}
          state={state}
          update={update}
          notices={notices}
          onDismissNotices={dismissNotices}
        />
      </Suspense>,
    );
  }

  if (state.embed) {
    const fullAtlas = `${pathOnly()}?${serializeViewState({ ...state, embed: false, controls: true })}`;
    return provide(
      <div className="app embed">
        <header className="embed-title">
          <h1>{model.title}</h1>
        </header>
        <UrlNotices notices={notices} onDismiss={dismissNotices} />
        <main className="app-main">{mapArea}</main>
        <footer className="bottom-bar">
          {state.controls && slider}
          <p className="source-line">
            <SourcesLink state={state} update={update}>
              {t("source.line")}
            </SourcesLink>{" "}
            ·{" "}
            <a href={fullAtlas} target="_blank" rel="noopener">
              {t("embed.openFull")}
            </a>
          </p>
        </footer>
      </div>,
    );
  }

  return provide(
    <div className="app">
      <AppHeader
        view={state.view}
        display={state.display}
        searchable={searchable}
        onView={(v) => update({ view: v, region: v === "regions" ? state.region : null })}
        onDisplay={(display) => update({ display, source: null })}
        onSelectCountry={(iso3) => update({ country: iso3 })}
        language={state.lang}
        onLanguage={(lang) => update({ lang })}
        onSearchStart={loadSearchNames}
        onEmbed={() => setEmbedOpen(true)}
        onExport={(kind: ExportKind) => {
          setExportError(null);
          loadExportView()
            .then(({ exportView }) => exportView(kind, atlas, model, t, handles.current))
            .catch((error: unknown) =>
              setExportError(error instanceof Error ? error.message : String(error)),
            );
        }}
      />
      <UrlNotices notices={notices} onDismiss={dismissNotices} />
      <UpdatePrompt enabled={!state.embed} />
      {exportError && (
        <p className="notice error" role="alert">
          {t("export.failed", { reason: exportError })}
        </p>
      )}
      <main className="app-main">
        {mapArea}
        <aside
          className="side-panel"
          id="side-panel"
          tabIndex={-1}
          aria-label={t("panel.title")}
          data-sheet={sheet}
        >
          <button
            type="button"
            className="sheet-handle"
            aria-expanded={sheet !== "peek"}
            aria-controls="side-panel"
            onClick={() => setSheetChosen(nextSheet[sheet])}
          >
            {t(`sheet.${nextSheet[sheet]}`)}
          </button>
          <ErrorBoundary fallback={partFailed}>
            <SidePanel
              atlas={atlas}
              panel={model.panel}
              yearWindow={model.yearWindow}
              title={model.title}
              actions={panelActions}
            />
          </ErrorBoundary>
        </aside>
      </main>
      <footer className="bottom-bar">
        {slider}
        <p className="source-line">
          {t("source.line")} · <SourcesLink state={state} update={update} />{" "}
          <span className="source-counts">
            ·{" "}
            {t("source.counts", {
              activities: atlas.data.activities.length,
              sources: atlas.data.sources.length,
            })}
          </span>
        </p>
      </footer>
      {embedOpen && (
        <Suspense fallback={null}>
          <EmbedDialog state={state} onClose={() => setEmbedOpen(false)} />
        </Suspense>
      )}
    </div>,
  );
}
