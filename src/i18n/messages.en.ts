/**
 * The English message catalogue: every string the user sees. Other languages copy these keys.
 * `{name}` placeholders are filled by `translate`.
 */
export const en = {
  "app.title": "ITU-D Activity Atlas",
  "app.subtitle": "ITU Telecommunication Development Sector, 2013–2021",
  "app.loading": "Loading the atlas…",
  "app.loadError": "The atlas data could not be loaded: {reason}",
  "app.partError": "This part of the atlas failed: {reason}",
  "app.retry": "Reload",
  "source.line": "Source: ITU-D reports, 2013–2021",
  "source.counts": "{activities} activities from {sources} ITU-D documents",
  "region.AFR": "Africa",
  "region.AMS": "Americas",
  "region.ARB": "Arab States",
  "region.ASP": "Asia-Pacific",
  "region.CIS": "CIS",
  "region.EUR": "Europe",
  "region.none": "Other economies",
  "group.ldc": "LDC",
  "group.lldc": "LLDC",
  "group.sids": "SIDS",
  "group.ldc.long": "Least developed country",
  "group.lldc.long": "Landlocked developing country",
  "group.sids.long": "Small island developing State",
  "legend.title": "ITU-D regions",
  "legend.smallCountry": "Small country or island (click the dot)",
  "legend.noData": "Not in the atlas",
  "map.label": "Map of ITU-D regions and activities",
  "map.noWebgl": "This browser cannot draw the map (WebGL is unavailable).",
  "panel.title": "Country",
  "panel.empty": "Click a country on the map to see what ITU-D did there.",
  "panel.region": "ITU-D region: {region}",
  "panel.close": "Close",
  "panel.groups": "UN country groups",
  "panel.noGroups": "Not an LDC, LLDC or SIDS",
  "tooltip.region": "{region}",
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
