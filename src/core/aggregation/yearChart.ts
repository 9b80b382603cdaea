import { type Activity, CATEGORIES, type Category } from "../data/schema";
import { FIRST_YEAR, YEARS } from "../time/years";

type CategoryCounts = Record<Category, number>;

/**
 * Records known only by their document's reporting period ("reported for 2018–2020": the activity
 * happened some time in it, the document does not say when), drawn as one band under its years.
 */
export interface YearSpan {
  from: number;
  to: number;
  counts: CategoryCounts;
}

/**
 * What the year chart draws, each record exactly once: a bar per year for the records dated from
 * that year (the year the document gives; a project that ran on is counted in its first year), and
 * a band per reporting period for the records known only by a period of several years. So bars and
 * bands add up to the number of records, and a period record is never drawn as if it happened in
 * every year of its period.
 */
export interface YearChart {
  /** Per year of the atlas (YEARS order), per category: records dated from that year. */
  bars: CategoryCounts[];
  /** Per year, per category: those of `bars` that ran on into later years. */
  runOn: CategoryCounts[];
  /** Earliest first, then the longest first. */
  spans: YearSpan[];
}

const zero = (): CategoryCounts =>
  Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as CategoryCounts;

export function yearChart(records: Iterable<Activity>): YearChart {
  const bars = YEARS.map(zero);
  const runOn = YEARS.map(zero);
  const spans = new Map<string, YearSpan>();
  for (const record of records) {
    const { yearStart: from, yearEnd: to, category } = record;
    // A one-year period is as good as a date.
    if (record.datePrecision === "exact" || from === to) {
      const bar = bars[from - FIRST_YEAR];
      if (bar) bar[category] += 1;
      const ranOn = runOn[from - FIRST_YEAR];
      if (ranOn && to > from) ranOn[category] += 1;
      continue;
    }
    const key = `${from}-${to}`;
    let span = spans.get(key);
    if (!span) {
      span = { from, to, counts: zero() };
      spans.set(key, span);
    }
    span.counts[category] += 1;
  }
  return {
    bars,
    runOn,
    spans: [...spans.values()].sort((a, b) => a.from - b.from || b.to - a.to),
  };
}

/** The records of the categories, in a bar or a band. */
export function countOf(counts: CategoryCounts, categories: readonly Category[]): number {
  return categories.reduce((sum, c) => sum + counts[c], 0);
}

/** Every record the chart draws, for the categories: bars plus bands. */
export function chartTotal(chart: YearChart, categories: readonly Category[]): number {
  return (
    chart.bars.reduce((sum, bar) => sum + countOf(bar, categories), 0) +
    chart.spans.reduce((sum, span) => sum + countOf(span.counts, categories), 0)
  );
}

/**
 * The bands that have records of the categories, each on the first lane where it does not touch
 * the band before it, so bands of different years share a line and the chart stays short.
 */
export function bandLanes(
  chart: YearChart,
  categories: readonly Category[],
): { span: YearSpan; count: number; lane: number }[] {
  const laneEnds: number[] = [];
  const placed: { span: YearSpan; count: number; lane: number }[] = [];
  for (const span of chart.spans) {
    const count = countOf(span.counts, categories);
    if (count === 0) continue;
    let lane = laneEnds.findIndex((end) => end < span.from);
    if (lane < 0) lane = laneEnds.push(span.to) - 1;
    else laneEnds[lane] = span.to;
    placed.push({ span, count, lane });
  }
  return placed;
}
