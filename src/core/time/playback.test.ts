import { describe, expect, it } from "vitest";
import { startPlayback, tick } from "./playback";
import { FIRST_YEAR, LAST_YEAR, YEARS } from "./years";
import type { TimeSelection } from "./yearWindow";

/** Plays from a selection to the end, as the time control's interval would. */
function playAll(from: TimeSelection): TimeSelection[] {
  let selection = startPlayback(from).selection;
  const shown = [selection];
  for (let playing = true; playing; ) {
    const step = tick(selection);
    selection = step.selection;
    playing = step.playing;
    shown.push(selection);
  }
  return shown;
}

describe("playback", () => {
  it("moves one year per tick and stops at the last year", () => {
    let selection: TimeSelection = { mode: "year", start: 2019, end: 2019 };
    const seen: number[] = [];
    let playing = true;
    while (playing) {
      const step = tick(selection);
      selection = step.selection;
      playing = step.playing;
      seen.push(selection.end);
    }
    expect(seen).toEqual([2020, 2021]);
    expect(selection).toEqual({ mode: "year", start: 2021, end: 2021 });
    expect(tick(selection)).toEqual({ selection, playing: false });
  });

  it("slides a range without changing its width", () => {
    const step = tick({ mode: "range", start: 2015, end: 2017 });
    expect(step.selection).toEqual({ mode: "range", start: 2016, end: 2018 });
  });

  it("grows a cumulative window by its end", () => {
    expect(tick({ mode: "cumulative", start: FIRST_YEAR, end: 2015 }).selection).toEqual({
      mode: "cumulative",
      start: FIRST_YEAR,
      end: 2016,
    });
  });

  it("plays the full range one year at a time from the first year", () => {
    const full: TimeSelection = { mode: "range", start: FIRST_YEAR, end: LAST_YEAR };
    const { selection, plan } = startPlayback(full);
    expect(selection).toEqual({ mode: "year", start: FIRST_YEAR, end: FIRST_YEAR });
    expect(plan).toEqual({
      kind: "years",
      from: FIRST_YEAR,
      to: LAST_YEAR,
      window: { from: FIRST_YEAR, to: FIRST_YEAR },
    });
    expect(playAll(full).map((s) => s.end)).toEqual([...YEARS]);
  });

  it("plays a partial range by moving the window, from where it is", () => {
    const { selection, plan } = startPlayback({ mode: "range", start: 2015, end: 2017 });
    expect(selection).toEqual({ mode: "range", start: 2015, end: 2017 });
    expect(plan).toMatchObject({ kind: "window", from: 2017, window: { from: 2015, to: 2017 } });
    const shown = playAll({ mode: "range", start: 2015, end: 2017 });
    expect(shown.at(-1)).toEqual({ mode: "range", start: 2019, end: LAST_YEAR });
    expect(shown).toHaveLength(LAST_YEAR - 2017 + 1);
  });

  it("starts again from the first year when the selection already ends at the last year", () => {
    expect(startPlayback({ mode: "range", start: 2019, end: 2021 }).selection).toEqual({
      mode: "range",
      start: 2013,
      end: 2015,
    });
    expect(startPlayback({ mode: "year", start: 2021, end: 2021 }).selection.end).toBe(FIRST_YEAR);
    expect(startPlayback({ mode: "year", start: 2016, end: 2016 }).selection.end).toBe(2016);
    const cumulative = startPlayback({ mode: "cumulative", start: FIRST_YEAR, end: LAST_YEAR });
    expect(cumulative.selection.end).toBe(FIRST_YEAR);
    expect(cumulative.plan.kind).toBe("cumulative");
  });

  it("plays a one-year range as single years", () => {
    expect(startPlayback({ mode: "range", start: 2016, end: 2016 }).plan.kind).toBe("years");
  });
});
