/**
 * Finding a country by what a delegate types: its name, an official or alternate name, or its ISO
 * code; tolerant of accents, punctuation and small typos ("cote divoire", "Lao", "Turky").
 */

export interface SearchableCountry {
  iso3: string;
  /** ISO 3166-1 alpha-2, when the country has one. */
  iso2?: string;
  /** The name the atlas shows. */
  name: string;
  /** Other names: official names, alternate spellings, names in other languages. */
  aliases: string[];
}

export interface SearchResult {
  iso3: string;
  name: string;
  /** The name or code that matched, when it is not the shown name. */
  matched: string | null;
  score: number;
}

/** Lower case, no accents, no apostrophes or punctuation, single spaces. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`´.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Damerau-Levenshtein distance (optimal string alignment), stopping early above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = value;
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]?.[b.length] ?? max + 1;
}

function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  if (length <= 10) return 2;
  return 3;
}

/** How well one normalised term matches the normalised query (0 = not at all). */
function termScore(term: string, query: string): number {
  if (term === query) return 100;
  if (term.startsWith(query)) return 80;
  const words = term.split(" ");
  if (words.some((word) => word.startsWith(query))) return 70;
  if (term.includes(query)) return 60;
  const edits = allowedEdits(query.length);
  if (edits === 0) return 0;
  const whole = editDistance(query, term, edits);
  if (whole <= edits) return 50 - whole * 5;
  const prefix = editDistance(query, term.slice(0, query.length), edits);
  if (prefix <= edits) return 40 - prefix * 5;
  const word = Math.min(...words.map((w) => editDistance(query, w, edits)));
  if (word <= edits) return 35 - word * 5;
  return 0;
}

interface Entry {
  country: SearchableCountry;
  terms: { text: string; normalized: string; isName: boolean }[];
  codes: string[];
}

/** Builds the search once; the returned function ranks countries for a query. */
export function createCountrySearch(countries: readonly SearchableCountry[]) {
  const entries: Entry[] = countries.map((country) => ({
    country,
    terms: [
      { text: country.name, normalized: normalizeForSearch(country.name), isName: true },
      ...country.aliases.map((alias) => ({
        text: alias,
        normalized: normalizeForSearch(alias),
        isName: false,
      })),
    ],
    codes: [country.iso3, country.iso2]
      .filter((c): c is string => Boolean(c))
      .map((c) => c.toLowerCase()),
  }));

  return function search(text: string, limit = 8): SearchResult[] {
    const query = normalizeForSearch(text);
    if (!query) return [];
    const results: SearchResult[] = [];
    for (const { country, terms, codes } of entries) {
      let best = codes.includes(query) ? 95 : 0;
      let matched: string | null = best > 0 ? country.iso3 : null;
      for (const term of terms) {
        const score = termScore(term.normalized, query) - (term.isName ? 0 : 2);
        if (score > best) {
          best = score;
          matched = term.isName ? null : term.text;
        }
      }
      if (best > 0) results.push({ iso3: country.iso3, name: country.name, matched, score: best });
    }
    return results
      .sort(
        (a, b) =>
          b.score - a.score || a.name.length - b.name.length || a.name.localeCompare(b.name),
      )
      .slice(0, limit);
  };
}
