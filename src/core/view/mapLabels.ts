import type { Translate } from "../../i18n/translate";
import { clusterReach } from "../atlas/fanOut";
import type { Atlas } from "../atlas/prepareAtlas";
import { atLeast, type Bounds } from "../geography/regionBounds";
import type { ItuRegion, LngLat } from "../geography/types";
import type { YearWindow } from "../time/yearWindow";
import type { ViewState } from "../url/viewState";

/** A text label on the map: region names and counts, the selected country's name. */
export interface MapLabel {
  id: string;
  text: string;
  position: LngLat;
  size: number;
  /**
   * When set, the label hangs this many pixels below `position` (its top edge there) instead of
   * being centred on it: the selected country's name clears the symbols drawn around its point.
   */
  below?: number;
  /** A neighbour of the selected country: smaller and quieter, for context. */
  context?: boolean;
}

/**
 * Where to fit the map: a country with room around it (its neighbours stay in view, and a small
 * island is not a lone dot in the ocean), else the chosen region. A country across 180° is seen
 * whole, across it (CountryPlace.viewBox).
 */
export function boundsToFit(
  atlas: Atlas,
  country: string | null,
  region: ItuRegion | null,
): Bounds | null {
  const place = country ? atlas.placeByIso3.get(country) : undefined;
  const bbox = place?.viewBox ?? place?.bbox;
  if (bbox) return atLeast(bbox, COUNTRY_MIN_SPAN[0], COUNTRY_MIN_SPAN[1]);
  return region ? (atlas.regionBounds.get(region) ?? null) : null;
}

/** The smallest span, in degrees of longitude and latitude, shown around a selected country. */
const COUNTRY_MIN_SPAN = [16, 11] as const;

/**
 * The map's text labels: region names and counts in the regions view, and the selected country's
 * name. The map draws them as HTML, so every script, Arabic included, is shaped by the browser.
 */
export function mapLabels(
  atlas: Atlas,
  state: ViewState,
  mask: number,
  yearWindow: YearWindow,
  t: Translate,
): MapLabel[] {
  const labels: MapLabel[] = [];
  if (state.view === "regions")
    for (const [region, position] of atlas.regionLabelPoints)
      labels.push({
        id: region,
        text: `${t(`region.${region}`)}\n${atlas.counts.region(region, mask, yearWindow)}`,
        position,
        size: 15,
      });
  const place = state.country ? atlas.placeByIso3.get(state.country) : undefined;
  const country = state.country ? atlas.countryByIso3.get(state.country) : undefined;
  if (place && country) {
    // Below the symbols (and the dot marker) at the country's point, whichever categories are shown.
    const own = Object.values(atlas.symbolsByCategory)
      .flat()
      .filter((s) => s.iso3 === country.iso3);
    const reach = Math.max(clusterReach(own, place.point), place.needsMarker ? 8 : 0);
    labels.push({
      id: country.iso3,
      text: country.name,
      position: place.point,
      size: 14,
      ...(reach > 0 ? { below: reach + 3 } : {}),
    });
    labels.push(...neighbourLabels(atlas, country.iso3, boundsToFit(atlas, country.iso3, null)));
  }
  return labels;
}

/** How many neighbours are named around a selected country, largest first. */
const NEIGHBOUR_LABELS = 8;

/**
 * The names of the countries around a selected one, inside the box the map fits to it, so the
 * country is seen in its place. Hung below their points, clear of their own symbols.
 */
function neighbourLabels(atlas: Atlas, selected: string, box: Bounds | null): MapLabel[] {
  if (!box) return [];
  const [west, south, east, north] = box;
  return atlas.data.places
    .filter(
      (p) =>
        p.iso3 !== selected &&
        p.point[0] >= west &&
        p.point[0] <= east &&
        p.point[1] >= south &&
        p.point[1] <= north,
    )
    .sort((a, b) => b.areaKm2 - a.areaKm2)
    .slice(0, NEIGHBOUR_LABELS)
    .flatMap((p) => {
      const country = atlas.countryByIso3.get(p.iso3);
      return country
        ? [
            {
              id: p.iso3,
              text: country.name,
              position: p.point,
              size: 11,
              below: 12,
              context: true,
            },
          ]
        : [];
    });
}
