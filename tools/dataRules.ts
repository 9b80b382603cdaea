import type { DataProblem } from "../src/core/data/readCsvTable";
import type { Activity, Source, Theme } from "../src/core/data/schema";
import { z } from "../src/core/zod";
import { governmentCountriesIn } from "./governmentBodies";

/**
 * The rules of data/README.md that can be checked, each as a check of `npm run data`. An `error` rule
 * fails the build; a `warning` rule needs judgement and only reports. Either is silenced for one
 * record by a row of data/accepted.csv that records the decision and why; an accepted row that no
 * longer matches a finding is itself a problem, so the list cannot go stale.
 */
export const RULES = {
  "theme-keyword": {
    level: "warning",
    text: "theme follows the README's theme rules for keywords",
  },
  "government-partner": { level: "warning", text: "a government body's country is a partner" },
  "exact-year": { level: "error", text: "`exact` records state a year of their span in the quote" },
  "period-years": { level: "error", text: "`period` records carry the source's reporting period" },
  "site-place": { level: "error", text: "a `site` record's quote names its place" },
  "agreement-status": { level: "error", text: "an agreement (partnership) is not `completed`" },
  overlap: { level: "warning", text: "no two records of one activity (double count)" },
} as const;
export type RuleId = keyof typeof RULES;

export const ACCEPTED_COLUMNS = ["rule", "id", "decision"] as const;
export const acceptedRowSchema = z.object({
  rule: z.enum(Object.keys(RULES) as [RuleId, ...RuleId[]]),
  id: z.string().regex(/^[a-z0-9-]+(\+[a-z0-9-]+)?$/, "must be a record id, or two joined by +"),
  decision: z.string().min(10, "must say what was decided and why"),
});
export type Accepted = z.output<typeof acceptedRowSchema>;

/** The README's theme rules, first match wins: named events before subjects. */
export const THEME_RULES: readonly { name: string; pattern: RegExp; theme: Theme }[] = [
  { name: "WSIS Forum", pattern: /\bWSIS Forum\b/i, theme: "capacity-development" },
  { name: "study-group event", pattern: /\bStudy Groups?\b/i, theme: "capacity-development" },
  {
    name: "regional development forum",
    pattern: /\bRegional Development Forum\b|\bRDF\b/,
    theme: "policy-regulation",
  },
  {
    name: "spectrum",
    pattern: /spectrum|\bfrequenc(?:y|ies)\b|SMS4DC/i,
    theme: "networks-infrastructure",
  },
];

export interface RulesInput {
  activities: { row: number; record: Activity }[];
  sources: Source[];
  /** Country names and aliases → ISO code, to read "Government of X". */
  countryNames: ReadonlyMap<string, string>;
  accepted: { row: number; record: Accepted }[];
}

export interface RulesResult {
  problems: DataProblem[];
  warnings: DataProblem[];
  /** How many activity rows each rule applies to. */
  coverage: Record<RuleId, number>;
}

interface Finding {
  rule: RuleId;
  key: string;
  row: number;
  column: string;
  reason: string;
}

const ACTIVITIES = "data/activities.csv";
const ACCEPTED = "data/accepted.csv";

/** Years a text states: 2013…2029 as four digits, and the second year of "2019-20". */
export function yearsIn(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(/(?<!\d)(20[12]\d)(?:[-–](\d{2}))?(?!\d)/g)) {
    years.push(Number(m[1]));
    if (m[2]) years.push(2000 + Number(m[2]));
  }
  return years;
}

const fold = (text: string) =>
  text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ");

const words = (text: string) => fold(text).match(/[a-z0-9]+/g) ?? [];
const STOP = new Set(
  "the and of in on was were for to a an with by from as at its their this that is are be been has have itu countries country region".split(
    " ",
  ),
);

/** Quotes overlap when they share a run of five words or half of their content words. */
export function quotesOverlap(a: string, b: string): boolean {
  if (a === b) return true;
  const runs = (text: string) => {
    const w = words(text);
    return new Set(
      w.slice(0, Math.max(0, w.length - 4)).map((_, i) => w.slice(i, i + 5).join(" ")),
    );
  };
  const ra = runs(a);
  for (const run of runs(b)) if (ra.has(run)) return true;
  const content = (text: string) => new Set(words(text).filter((w) => !STOP.has(w)));
  const ca = content(a);
  const cb = content(b);
  const shared = [...ca].filter((w) => cb.has(w)).length;
  return shared / new Set([...ca, ...cb]).size >= 0.25;
}

/** Runs every rule on every activity row and applies the accepted list. */
export function checkDataRules(input: RulesInput): RulesResult {
  const findings: Finding[] = [];
  const coverage = Object.fromEntries(Object.keys(RULES).map((r) => [r, 0])) as Record<
    RuleId,
    number
  >;
  const periods = new Map(input.sources.map((s) => [s.id, s]));
  const find = (rule: RuleId, key: string, row: number, column: string, reason: string) =>
    findings.push({ rule, key, row, column, reason });

  for (const { row, record: r } of input.activities) {
    const themeRule = THEME_RULES.find((t) => t.pattern.test(r.quote));
    if (themeRule) {
      coverage["theme-keyword"]++;
      if (r.theme !== themeRule.theme)
        find(
          "theme-keyword",
          r.id,
          row,
          "theme",
          `${themeRule.name}: expected "${themeRule.theme}", got "${r.theme}"`,
        );
    }

    const bodies = governmentCountriesIn(
      `${r.quote} ; ${r.partners.join(" ; ")}`,
      input.countryNames,
    );
    if (bodies.size > 0) coverage["government-partner"]++;
    for (const iso3 of bodies)
      if (!r.partnerCountries.includes(iso3))
        find(
          "government-partner",
          r.id,
          row,
          "partner_countries",
          `a government body of ${iso3} is named, but ${iso3} is not in partner_countries`,
        );

    if (r.datePrecision === "exact") {
      coverage["exact-year"]++;
      if (!yearsIn(r.quote).some((y) => y >= r.yearStart && y <= r.yearEnd))
        find(
          "exact-year",
          r.id,
          row,
          "date_precision",
          `exact, but the quote states no year of ${r.yearStart}-${r.yearEnd}`,
        );
    } else {
      coverage["period-years"]++;
      const source = periods.get(r.source);
      if (source && (r.yearStart !== source.period_start || r.yearEnd !== source.period_end))
        find(
          "period-years",
          r.id,
          row,
          "year_start",
          `period records of ${r.source} span ${source.period_start}-${source.period_end}, got ${r.yearStart}-${r.yearEnd}`,
        );
    }

    if (r.precision === "site") {
      coverage["site-place"]++;
      const parts = (r.place ?? "")
        .split(/[,()]/)
        .map((p) => fold(p.trim()))
        .filter((p) => p.length > 2);
      if (!parts.some((p) => fold(r.quote).includes(p)))
        find("site-place", r.id, row, "place", `site "${r.place}" is not named in the quote`);
    }

    if (r.category === "partnership") {
      coverage["agreement-status"]++;
      if (r.status === "completed")
        find(
          "agreement-status",
          r.id,
          row,
          "status",
          "an agreement in force is ongoing, not completed",
        );
    }
  }

  const overlapping = new Set<string>();
  const rows = input.activities;
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const a = rows[i]?.record;
      const b = rows[j]?.record;
      if (!a || !b || a.category !== b.category || a.source !== b.source) continue;
      const shared = a.countries.filter((c) => b.countries.includes(c));
      if (shared.length === 0 || a.yearEnd < b.yearStart || b.yearEnd < a.yearStart) continue;
      overlapping.add(a.id).add(b.id);
      if (quotesOverlap(a.quote, b.quote))
        find(
          "overlap",
          `${a.id}+${b.id}`,
          rows[j]?.row ?? 0,
          "quote",
          `may be the same activity as ${a.id} (row ${rows[i]?.row}): ${a.category}, ${shared.join(";")}, overlapping years and quotes`,
        );
    }
  }
  coverage.overlap = overlapping.size;

  return applyAccepted(findings, input.accepted, coverage);
}

function applyAccepted(
  findings: Finding[],
  accepted: RulesInput["accepted"],
  coverage: RulesResult["coverage"],
): RulesResult {
  const decisions = new Map(accepted.map((a) => [`${a.record.rule} ${a.record.id}`, a]));
  const used = new Set<string>();
  const problems: DataProblem[] = [];
  const warnings: DataProblem[] = [];
  for (const f of findings) {
    const key = `${f.rule} ${f.key}`;
    if (decisions.has(key)) {
      used.add(key);
      continue;
    }
    const problem = {
      file: ACTIVITIES,
      row: f.row,
      column: f.column,
      reason: `[${f.rule}] ${f.reason}`,
    };
    (RULES[f.rule].level === "error" ? problems : warnings).push(problem);
  }
  for (const [key, a] of decisions)
    if (!used.has(key))
      problems.push({
        file: ACCEPTED,
        row: a.row,
        column: "id",
        reason: `[${a.record.rule}] ${a.record.id}: nothing to accept (the rule passes or the id is unknown)`,
      });
  return { problems, warnings, coverage };
}
