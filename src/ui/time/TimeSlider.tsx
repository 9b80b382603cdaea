import { useEffect, useState } from "react";
import { FIRST_YEAR, LAST_YEAR } from "../../core/data/schema";
import { startPlayback, tick } from "../../core/time/playback";
import {
  formatWindow,
  TIME_MODES,
  type TimeSelection,
  windowOf,
  YEARS,
} from "../../core/time/yearWindow";
import { useTranslate } from "../i18n";

/** Milliseconds per year while playing: slow enough to read the map. */
export const PLAY_INTERVAL_MS = 1200;

/**
 * The time slider: one year, a range, or cumulative (2013 to the chosen year), with play/pause.
 * Native range inputs give keyboard control (arrows, Home/End) and accessible names for free.
 */
export function TimeSlider({
  selection,
  onChange,
}: {
  selection: TimeSelection;
  onChange: (selection: TimeSelection) => void;
}) {
  const t = useTranslate();
  const [playing, setPlaying] = useState(false);
  const yearWindow = windowOf(selection);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const step = tick(selection);
      onChange(step.selection);
      if (!step.playing) setPlaying(false);
    }, PLAY_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [playing, selection, onChange]);

  const setEnd = (end: number) =>
    onChange(
      selection.mode === "range"
        ? { ...selection, end: Math.max(end, selection.start) }
        : { ...selection, start: end, end },
    );
  const windowText = formatWindow(yearWindow);

  return (
    <div className="time-slider">
      <fieldset className="time-modes">
        <legend className="visually-hidden">{t("time.mode")}</legend>
        {TIME_MODES.map((mode) => (
          <label key={mode} className={selection.mode === mode ? "active" : ""}>
            <input
              type="radio"
              name="time-mode"
              value={mode}
              checked={selection.mode === mode}
              onChange={() =>
                onChange({
                  mode,
                  start: mode === "range" ? selection.start : selection.end,
                  end: selection.end,
                })
              }
            />
            {t(`time.mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="play"
        aria-pressed={playing}
        onClick={() => {
          if (!playing) onChange(startPlayback(selection));
          setPlaying(!playing);
        }}
      >
        {playing ? t("time.pause") : t("time.play")}
      </button>
      <div className="time-inputs">
        {selection.mode === "range" && (
          <input
            type="range"
            min={FIRST_YEAR}
            max={LAST_YEAR}
            step={1}
            value={selection.start}
            aria-label={t("time.from")}
            aria-valuetext={String(selection.start)}
            onChange={(e) =>
              onChange({ ...selection, start: Math.min(Number(e.target.value), selection.end) })
            }
          />
        )}
        <input
          type="range"
          min={FIRST_YEAR}
          max={LAST_YEAR}
          step={1}
          value={selection.end}
          aria-label={selection.mode === "range" ? t("time.to") : t("time.year")}
          aria-valuetext={t("time.valueText", { window: windowText })}
          onChange={(e) => setEnd(Number(e.target.value))}
        />
        <div className="year-ticks" aria-hidden="true">
          {YEARS.map((year) => (
            <span
              key={year}
              className={year >= yearWindow.from && year <= yearWindow.to ? "in" : ""}
            >
              {year}
            </span>
          ))}
        </div>
      </div>
      <output className="time-window" aria-live="polite">
        <bdi>{windowText}</bdi>
      </output>
    </div>
  );
}
