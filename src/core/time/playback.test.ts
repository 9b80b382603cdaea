import { describe, expect, it } from "vitest";
import { startPlayback, tick } from "./playback";
import type { TimeSelection } from "./yearWindow";

describe("playback", () => {
  it("moves one year per tick and stops at 2021", () => {
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
    expect(tick(selection)).toEqual({ selection, playing: false });
  });

  it("slides a range without changing its width", () => {
    const step = tick({ mode: "range", start: 2015, end: 2017 });
    expect(step.selection).toEqual({ mode: "range", start: 2016, end: 2018 });
  });

  it("starts again from 2013 when the selection already ends in 2021", () => {
    expect(startPlayback({ mode: "range", start: 2019, end: 2021 })).toEqual({
      mode: "range",
      start: 2013,
      end: 2015,
    });
    expect(startPlayback({ mode: "year", start: 2016, end: 2016 }).end).toBe(2016);
  });
});
