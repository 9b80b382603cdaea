import type { Atlas } from "../../core/atlas/prepareAtlas";
import type { ViewState } from "../../core/url/viewState";
import type { AtlasView } from "../useAtlasView";
import { CountryPanel } from "./CountryPanel";
import { GapsPanel } from "./GapsPanel";
import { OverviewPanel } from "./OverviewPanel";
import { RegionPanel } from "./RegionPanel";

/** The side panel shows the selected country, else the selected region, else the overview. */
export function SidePanel({
  atlas,
  state,
  view,
  update,
  onHoverGap,
}: {
  atlas: Atlas;
  state: ViewState;
  view: AtlasView;
  update: (patch: Partial<ViewState>) => void;
  onHoverGap: (iso3: string | null) => void;
}) {
  if (state.country)
    return (
      <CountryPanel
        atlas={atlas}
        iso3={state.country}
        window={view.window}
        layers={state.layers}
        onSelectCountry={(iso3) => update({ country: iso3 })}
        onClose={() => update({ country: null, camera: null })}
      />
    );
  if (state.view === "gaps" && view.gaps)
    return (
      <GapsPanel
        atlas={atlas}
        result={view.gaps}
        population={state.population}
        window={view.window}
        layers={state.layers}
        onPopulation={(population) => update({ population })}
        onHoverGap={onHoverGap}
        onSelectCountry={(iso3) => update({ country: iso3 })}
      />
    );
  if (view.region)
    return (
      <RegionPanel
        atlas={atlas}
        region={view.region}
        window={view.window}
        layers={state.layers}
        onSelectCountry={(iso3) => update({ country: iso3 })}
        onClose={() => update({ region: null })}
      />
    );
  return (
    <OverviewPanel
      atlas={atlas}
      window={view.window}
      layers={state.layers}
      onSelectRegion={
        state.view === "regions" ? (region) => update({ region, country: null }) : undefined
      }
    />
  );
}
