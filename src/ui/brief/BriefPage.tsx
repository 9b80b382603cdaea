import { useCallback, useEffect, useMemo, useState } from "react";
import type { Atlas } from "../../core/atlas/prepareAtlas";
import { countryBrief, regionBrief } from "../../core/brief/briefModel";
import type { CountryShape } from "../../core/geography/types";
import { windowOf } from "../../core/time/yearWindow";
import { pageAddress, pathOnly } from "../../core/url/address";
import { serializeViewState, type UrlNotice, type ViewState } from "../../core/url/viewState";
import { useTranslate } from "../i18n";
import { loadShapes } from "../loadShapes";
import { UrlNotices } from "../UrlNotices";
import { BriefFooter } from "./BriefFooter";
import { CountryBriefView } from "./CountryBriefView";
import { RegionBriefView } from "./RegionBriefView";
import "./brief.css";
import "./print.css";

/**
 * The printable brief of a country or an ITU-D region (`view=brief&country=KEN`): a page of its
 * own, loaded only when asked for, laid out for A4 and US Letter (brief.css). The years and the
 * categories are the link's, like every view of the atlas. When the QR code is drawn (the locator
 * map is drawn with the page), the page says so with `data-brief-ready`, for printing scripts and
 * tests.
 */
export default function BriefPage({
  atlas,
  state,
  update,
  notices,
  onDismissNotices,
}: {
  atlas: Atlas;
  state: ViewState;
  update: (patch: Partial<ViewState>) => void;
  notices: UrlNotice[];
  onDismissNotices: () => void;
}) {
  const t = useTranslate();
  const yearWindow = windowOf(state.time);
  const { from, to } = yearWindow;
  const { country, region, categories } = state;
  // A country's locator map is drawn from the full shapes, loaded on first use (not in the first view).
  const [shapes, setShapes] = useState<CountryShape[] | null>(null);
  const [shapesError, setShapesError] = useState<string | null>(null);
  useEffect(() => {
    if (!country) return;
    loadShapes(atlas).then(
      (loaded) => setShapes([...loaded.countryShapes, ...loaded.otherShapes]),
      (error: unknown) => setShapesError(error instanceof Error ? error.message : String(error)),
    );
  }, [atlas, country]);
  const model = useMemo(
    () =>
      country
        ? shapes && countryBrief(atlas, shapes, country, { from, to }, categories)
        : region
          ? regionBrief(atlas, region, { from, to }, categories)
          : null,
    [atlas, shapes, country, region, from, to, categories],
  );
  // The same view, live: the map with this country or region chosen.
  const liveQuery = serializeViewState({ ...state, view: "countries", camera: null });
  const liveLink = `${pageAddress()}${liveQuery ? `?${liveQuery}` : ""}`;
  const [drawnFor, setDrawnFor] = useState<string | null>(null);
  const onQrDrawn = useCallback(() => setDrawnFor(liveLink), [liveLink]);
  const sourceTitle = (id: string) => atlas.sourceTitle.get(id) ?? id;

  return (
    <div className="brief" data-brief-ready={drawnFor === liveLink && model !== null}>
      <nav className="brief-toolbar">
        <a
          href={`${pathOnly()}${liveQuery ? `?${liveQuery}` : ""}`}
          onClick={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
            event.preventDefault();
            update({ view: "countries" });
          }}
        >
          {t("brief.back")}
        </a>
        <button type="button" className="brief-print" onClick={() => window.print()}>
          {t("brief.print")}
        </button>
      </nav>
      <UrlNotices notices={notices} onDismiss={onDismissNotices} />
      {shapesError && (
        <p className="notice error" role="alert">
          {t("app.partError", { reason: shapesError })}
        </p>
      )}
      {country && !shapes && !shapesError && <p className="notice">{t("brief.loading")}</p>}
      <main className="brief-page">
        {model?.kind === "country" && (
          <CountryBriefView
            brief={model}
            yearWindow={yearWindow}
            sourceTitle={sourceTitle}
            countryName={(iso3) => atlas.countryByIso3.get(iso3)?.name ?? iso3}
          />
        )}
        {model?.kind === "region" && (
          <RegionBriefView
            brief={model}
            yearWindow={yearWindow}
            categories={categories}
            sourceTitle={sourceTitle}
          />
        )}
        {model && (
          <BriefFooter
            sources={model.sources}
            dataDate={atlas.data.dataDate}
            liveLink={liveLink}
            onQrDrawn={onQrDrawn}
          />
        )}
      </main>
    </div>
  );
}
