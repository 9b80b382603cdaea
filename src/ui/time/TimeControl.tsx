import { type ReactNode, useEffect, useState } from "react";
import { countOf, type YearChart as YearChartModel } from "../../core/aggregation/yearChart";
import type { Category } from "../../core/data/schema";
import { type PlaybackPlan, startPlayback, tick } from "../../core/time/playback";
import { singleYearStart } from "../../core/time/singleYear";
import {
  TIME_MODES,
  type TimeMode,
  type TimeSelection,
  windowOf,
  type YearWindow,
} from "../../core/time/yearWindow";
import { useTranslate } from "../i18n";
import { TimeSlider } from "./TimeSlider";
import { YearChart } from "./YearChart";

/** Milliseconds per year while playing: slow enough to read the map. */
export const PLAY_INTERVAL_MS = 1200;

type Status =
  | { kind: "playing"; plan: PlaybackPlan }
  | { kind: "paused" | "finished"; window: YearWindow }
  | null;

/**
 * The bottom bar's time control: mode, play/pause, the chosen years, and one time axis (the bar
 * chart over the slider, one column per year). What play does is said in a polite live region.
 */
export function TimeControl({
  selection,
  onChange,
  chart,
  categories,
  coverage,
}: {
  selection: TimeSelection;
  onChange: (selection: TimeSelection) => void;
  chart: YearChartModel;
  categories: Category[];
  /** Drawn between the chart and the slider, in the same year columns (the coverage bands). */
  coverage?: ReactNode;
}) {
  const t = useTranslate();
  const [playing, setPlaying] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const yearWindow = windowOf(selection);
  const windowText = t.years.window(yearWindow);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const step = tick(selection);
      onChange(step.selection);
      if (!step.playing) {
        setPlaying(false);
        setStatus({ kind: "finished", window: windowOf(step.selection) });
      }
    }, PLAY_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [playing, selection, onChange]);

  /** A change made by the user (not by play): the last play message no longer applies. */
  const choose = (next: TimeSelection) => {
    if (!playing) setStatus(null);
    onChange(next);
  };

  const changeMode = (mode: TimeMode) => {
    if (mode === "year") {
      // Land on a year with records dated in it, the ones its shading counts.
      const dated = chart.bars.map((bar) => countOf(bar, categories));
      const year = singleYearStart(yearWindow, dated);
      choose({ mode, start: year, end: year });
    } else {
      choose({ mode, start: yearWindow.from, end: yearWindow.to });
    }
  };

  const togglePlay = () => {
    if (playing) {
      setPlaying(false);
      setStatus({ kind: "paused", window: yearWindow });
      return;
    }
    const start = startPlayback(selection);
    onChange(start.selection);
    setStatus({ kind: "playing", plan: start.plan });
    setPlaying(true);
  };

  return (
    <div className="time-control">
      <div className="time-bar">
        <fieldset className="time-modes">
          <legend className="visually-hidden">{t("time.mode")}</legend>
          {TIME_MODES.map((mode) => (
            <label key={mode} className={selection.mode === mode ? "active" : ""}>
              <input
                type="radio"
                name="time-mode"
                value={mode}
                checked={selection.mode === mode}
                onChange={() => changeMode(mode)}
              />
              {t(`time.mode.${mode}`)}
            </label>
          ))}
        </fieldset>
        {/* A toggle: its name stays "Play", its pressed state says whether it plays. */}
        <button
          type="button"
          className={playing ? "play playing" : "play"}
          aria-pressed={playing}
          title={playing ? t("time.pause") : t("time.play")}
          onClick={togglePlay}
        >
          <span className="play-icon" aria-hidden="true" />
          <span className="visually-hidden">{t("time.play")}</span>
        </button>
        <output className="time-window">
          <bdi>{windowText}</bdi>
        </output>
        <p className="time-status" role="status">
          {status && statusText(t, status)}
        </p>
      </div>
      <div className="time-axis">
        <YearChart chart={chart} categories={categories} yearWindow={yearWindow} />
        {coverage}
        <TimeSlider
          selection={selection}
          yearWindow={yearWindow}
          windowText={windowText}
          onChange={choose}
        />
      </div>
    </div>
  );
}

function statusText(t: ReturnType<typeof useTranslate>, status: NonNullable<Status>): string {
  if (status.kind !== "playing") return t(`time.status.${status.kind}`, { window: status.window });
  const { plan } = status;
  return t(`time.status.${plan.kind}`, {
    from: plan.from,
    to: plan.to,
    window: plan.window,
  });
}
