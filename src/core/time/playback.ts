import { FIRST_YEAR, LAST_YEAR } from "./years";
import type { TimeSelection } from "./yearWindow";

/**
 * The play button's logic, with no React and no timers: each tick moves the selection one year on,
 * and playback stops at the last year. The slider component calls `tick` on an interval.
 */
export interface PlaybackStep {
  selection: TimeSelection;
  playing: boolean;
}

/** Where play starts: from the beginning when the selection already ends at the last year. */
export function startPlayback(selection: TimeSelection): TimeSelection {
  if (selection.end < LAST_YEAR) return selection;
  const width = selection.mode === "range" ? selection.end - selection.start : 0;
  const start = FIRST_YEAR;
  return { ...selection, start, end: start + width };
}

export function tick(selection: TimeSelection): PlaybackStep {
  if (selection.end >= LAST_YEAR) return { selection, playing: false };
  const next: TimeSelection =
    selection.mode === "range"
      ? { ...selection, start: selection.start + 1, end: selection.end + 1 }
      : { ...selection, end: selection.end + 1 };
  return { selection: next, playing: next.end < LAST_YEAR };
}
