import { FIRST_YEAR, LAST_YEAR } from "./years";
import { type TimeSelection, windowOf, type YearWindow } from "./yearWindow";

/**
 * The play button's logic, with no React and no timers: `startPlayback` says where play starts and
 * what it will do, each `tick` moves the selection one year on, and playback stops at the last year.
 * The time control calls `tick` on an interval and words the plan for its live region.
 */
export interface PlaybackStep {
  selection: TimeSelection;
  playing: boolean;
}

/**
 * What play does, for the announcement: show the years one at a time (`years`), grow a cumulative
 * window year by year (`cumulative`), or slide a window of several years (`window`). `from`..`to`
 * are the years the last or only handle runs through; `window` is the first window shown.
 */
export interface PlaybackPlan {
  kind: "years" | "cumulative" | "window";
  from: number;
  to: number;
  window: YearWindow;
}

const coversEverything = (yearWindow: YearWindow) =>
  yearWindow.from <= FIRST_YEAR && yearWindow.to >= LAST_YEAR;

/**
 * Where play starts. A window over every year has nowhere to move, so play shows the years one at a
 * time from the first year. A selection that already ends at the last year starts again from the
 * first year (keeping a range's width). Anything else plays on from where it is.
 */
export function startPlayback(selection: TimeSelection): {
  selection: TimeSelection;
  plan: PlaybackPlan;
} {
  let start: TimeSelection = selection;
  if (selection.mode === "range" && coversEverything(windowOf(selection))) {
    start = { mode: "year", start: FIRST_YEAR, end: FIRST_YEAR };
  } else if (selection.end >= LAST_YEAR) {
    const width = selection.mode === "range" ? selection.end - selection.start : 0;
    start = { ...selection, start: FIRST_YEAR, end: FIRST_YEAR + width };
  }
  const window = windowOf(start);
  const kind =
    start.mode === "cumulative" ? "cumulative" : window.from === window.to ? "years" : "window";
  return { selection: start, plan: { kind, from: start.end, to: LAST_YEAR, window } };
}

/** One step of play: the selection one year on; `playing` is false once the last year is shown. */
export function tick(selection: TimeSelection): PlaybackStep {
  if (selection.end >= LAST_YEAR) return { selection, playing: false };
  const next: TimeSelection =
    selection.mode === "range"
      ? { ...selection, start: selection.start + 1, end: selection.end + 1 }
      : selection.mode === "year"
        ? { ...selection, start: selection.end + 1, end: selection.end + 1 }
        : { ...selection, end: selection.end + 1 };
  return { selection: next, playing: next.end < LAST_YEAR };
}
