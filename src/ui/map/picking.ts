import type { PartnerArc } from "../../core/atlas/activityPlaces";
import type { SymbolGroup } from "../../core/atlas/symbolGroups";
import type { Activity } from "../../core/data/schema";
import type { ItuRegion } from "../../core/geography/types";
import type { View } from "../../core/url/viewState";
import { BASE_LAYERS } from "./baseMapStyle";
import { isRecordLayer, LAYER_IDS } from "./layerIds";
import type { MapPick } from "./mapPointer";

/** What is under the pointer, in the atlas's own terms. */
export type PickTarget =
  | { kind: "country"; iso3: string }
  | { kind: "region"; region: ItuRegion }
  | { kind: "activity"; activity: Activity; iso3: string | null }
  /** A map symbol: the records of one category and style at one place. */
  | { kind: "symbol"; group: SymbolGroup; iso3: string };

/**
 * Decodes a pick. In the regions view a country stands for its region. Deck.gl objects (symbols,
 * markers) come first, then the partnership arcs; otherwise the base map's country under the pointer.
 */
export function pickTarget(
  pick: MapPick,
  view: View,
  regionOf: (iso3: string) => ItuRegion | null,
): PickTarget | null {
  const asPlace = (iso3: string): PickTarget | null => {
    if (view !== "regions") return { kind: "country", iso3 };
    const region = regionOf(iso3);
    return region ? { kind: "region", region } : { kind: "country", iso3 };
  };
  const object = pick.object;
  const id = pick.layerId;
  if (!object || !id) return pick.baseCountry ? asPlace(pick.baseCountry) : null;
  if (id === LAYER_IDS.smallCountryMarkers) return asPlace((object as { iso3: string }).iso3);
  if (id === BASE_LAYERS.partnerArcs) {
    const arc = object as PartnerArc;
    return { kind: "activity", activity: arc.activity, iso3: arc.beneficiary };
  }
  if (isRecordLayer(id)) {
    const group = object as SymbolGroup;
    return { kind: "symbol", group, iso3: group.iso3 };
  }
  return null;
}
