import { Suspense } from "react";
import type { Atlas } from "../../core/atlas/prepareAtlas";
import type { Population } from "../../core/gaps/coverageGaps";
import type { ItuRegion } from "../../core/geography/types";
import type { YearWindow } from "../../core/time/yearWindow";
import type { PanelModel } from "../../core/view/panels";
import { GapsPanel } from "../lazyParts";
import { LoadingPart } from "../state/pendingParts";
import { CountryPanel } from "./CountryPanel";
import { OverviewPanel } from "./OverviewPanel";
import { RegionPanel } from "./RegionPanel";

/** What a panel can ask the app to do. */
export interface PanelActions {
  selectCountry: (iso3: string) => void;
  /** Closes the country panel (and returns the map to the whole world). */
  closeCountry: () => void;
  /** Leaves the country and shows the whole world again. */
  showWholeMap: () => void;
  selectRegion: (region: ItuRegion) => void;
  closeRegion: () => void;
  setPopulation: (population: Population) => void;
  hoverGap: (iso3: string | null) => void;
  /** The link to the printable brief of the chosen country or region, and opening it in place. */
  briefHref: string;
  openBrief: () => void;
}

/** Draws the panel the view model chose: a country, the gaps, a region, or the overview. */
export function SidePanel({
  atlas,
  panel,
  yearWindow,
  title,
  actions,
}: {
  atlas: Atlas;
  panel: PanelModel;
  yearWindow: YearWindow;
  /** What the view shows, in words (the overview's heading). */
  title: string;
  actions: PanelActions;
}) {
  const sourceTitle = (id: string) => atlas.sourceTitle.get(id) ?? id;
  const countryName = (iso3: string) => atlas.countryByIso3.get(iso3)?.name ?? iso3;
  switch (panel.kind) {
    case "country":
      return (
        <CountryPanel
          model={panel}
          yearWindow={yearWindow}
          sourceTitle={sourceTitle}
          countryName={countryName}
          onSelectCountry={actions.selectCountry}
          onClose={actions.closeCountry}
          onShowWholeMap={actions.showWholeMap}
          brief={{ href: actions.briefHref, open: actions.openBrief }}
        />
      );
    case "gaps":
      return (
        <Suspense fallback={<LoadingPart />}>
          <GapsPanel
            model={panel}
            yearWindow={yearWindow}
            countryName={countryName}
            onPopulation={actions.setPopulation}
            onHoverGap={actions.hoverGap}
            onSelectCountry={actions.selectCountry}
          />
        </Suspense>
      );
    case "region":
      return (
        <RegionPanel
          model={panel}
          yearWindow={yearWindow}
          sourceTitle={sourceTitle}
          onSelectCountry={actions.selectCountry}
          onClose={actions.closeRegion}
          brief={{ href: actions.briefHref, open: actions.openBrief }}
        />
      );
    case "overview":
      return (
        <OverviewPanel
          model={panel}
          title={title}
          sourceTitle={sourceTitle}
          onSelectRegion={actions.selectRegion}
        />
      );
  }
}
