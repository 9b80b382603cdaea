/**
 * Government bodies the source documents name (ministries, regulators, agencies, city governments),
 * each with the country whose code belongs in `partner_countries` when the body funds or partners an
 * activity. Organisations (EU, AU, UN agencies, universities, companies) are not listed: they go in
 * `partners` only. A body is recognised in a record's quote or in its `partners` column.
 */
export interface GovernmentBody {
  pattern: RegExp;
  iso3: string;
}

export const GOVERNMENT_BODIES: readonly GovernmentBody[] = [
  { pattern: /\bNATCOM\b/, iso3: "SLE" },
  { pattern: /\bNICTA\b|National ICT Authority of Papua New Guinea/, iso3: "PNG" },
  { pattern: /Ministry of Informatics|Cyber Security Agency of Indonesia/, iso3: "IDN" },
  { pattern: /\bCONATEL\b/, iso3: "HTI" },
  { pattern: /\bANSI\b|National Agency for Information Society/, iso3: "NER" },
  { pattern: /local government in Moscow|Moscow city government/, iso3: "RUS" },
  { pattern: /\bURCA\b|Utilities Regulation and Competition Authority/, iso3: "BHS" },
  { pattern: /Ministry of Housing, Urban Renewal and Telecommunications/, iso3: "LCA" },
  { pattern: /Ministry of ICT \(Namibia\)/, iso3: "NAM" },
  { pattern: /\bMACRA\b|Malawi Communications Regulatory Authority/, iso3: "MWI" },
  { pattern: /Communications Authority of Kenya/, iso3: "KEN" },
  {
    pattern: /Ministry of Science, Energy and Technology|Spectrum Management Authority of Jamaica/,
    iso3: "JAM",
  },
  { pattern: /National Frequency Management Unit/, iso3: "GUY" },
  { pattern: /\bNBTC\b|\bMDES\b/, iso3: "THA" },
  { pattern: /\bMIIT\b|\bSRMC\b|State Radio Monitoring Center|\bCAICT\b/, iso3: "CHN" },
  { pattern: /\bMSIP\b/, iso3: "KOR" },
  {
    pattern: /\bDoCA\b|Department of Communications and the Arts|Australian Government/,
    iso3: "AUS",
  },
  { pattern: /\bAnatel\b/i, iso3: "BRA" },
  { pattern: /\bMINCIT\b/, iso3: "COL" },
  { pattern: /\bMCIT Egypt\b|Ministry of Communication and Information of Egypt/, iso3: "EGY" },
  {
    pattern:
      /Telecommunications? Regulatory Authority (?:of the United Arab Emirates|\(UAE\))|TRA UAE/,
    iso3: "ARE",
  },
  { pattern: /\bNTC (?:of )?Sudan\b/, iso3: "SDN" },
  { pattern: /\bMICT,? Philippines|Ministry of ICT,? Philippines/, iso3: "PHL" },
  { pattern: /Norwegian Directorate of Health/, iso3: "NOR" },
  { pattern: /Royal Danish Embassy/, iso3: "DNK" },
  { pattern: /Ministry of Internal Affairs and Communications of Japan/, iso3: "JPN" },
  { pattern: /King Salman Humanitarian Aid and Relief Centre/, iso3: "SAU" },
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The countries whose government bodies a text names: the listed bodies, plus "Government of X",
 * "X Government" and "Ministry … of X" for every country name or alias X.
 */
export function governmentCountriesIn(
  text: string,
  countryNames: ReadonlyMap<string, string>,
): Set<string> {
  const found = new Set<string>();
  for (const body of GOVERNMENT_BODIES) if (body.pattern.test(text)) found.add(body.iso3);
  for (const [name, iso3] of countryNames) {
    const n = escapeRegExp(name);
    const generic = new RegExp(
      `Government of (?:the )?${n}\\b|\\b${n} Government\\b|Ministry of [^.;]{1,60}? of (?:the )?${n}\\b`,
    );
    if (generic.test(text)) found.add(iso3);
  }
  return found;
}
