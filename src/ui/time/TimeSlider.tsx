import type { PointerEvent } from "react";
import { FIRST_YEAR, LAST_YEAR, YEARS } from "../../core/time/years";
import type { TimeSelection, YearWindow } from "../../core/time/yearWindow";
import { isRightToLeft, useLanguage, useTranslate } from "../i18n";
import { YEAR_COLUMNS } from "./columns";
import "./time.css";

/** A year's place on the axis, 0 at the first year's column centre and 1 at the last one's. */
const place = (year: number) => (year - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR);

/**
 * The slider of the time axis: one track, one handle (single year, cumulative) or two (range) with
 * the chosen years highlighted between them, and the year ticks. The handles are native range inputs
 * laid over each other (keyboard, Home/End, PageUp/PageDown and accessible names come with them);
 * only their thumbs take the pointer. Each input runs from the first column's centre to the last
 * one's, so a handle stands on its tick, and its tick under the year's bar (same `.time-columns`).
 */
export function TimeSlider({
  selection,
  yearWindow,
  windowText,
  onChange,
}: {
  selection: TimeSelection;
  yearWindow: YearWindow;
  windowText: string;
  onChange: (selection: TimeSelection) => void;
}) {
  const t = useTranslate();
  const rtl = isRightToLeft(useLanguage());
  const range = selection.mode === "range";
  const setStart = (year: number) =>
    onChange({ ...selection, start: Math.min(year, selection.end) });
  const setEnd = (year: number) =>
    onChange(
      range
        ? { ...selection, end: Math.max(year, selection.start) }
        : { ...selection, start: year, end: year },
    );
  // Two handles on one year: the one that can still move away from the nearer end takes the pointer.
  const startOnTop = range && selection.start === selection.end && place(selection.start) > 0.5;

  /** A press on the track (not on a handle) moves the nearer handle to that year. */
  const pressTrack = (event: PointerEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLInputElement) return;
    const box = event.currentTarget.getBoundingClientRect();
    const fraction = (event.clientX - box.left) / box.width;
    const column = Math.floor((rtl ? 1 - fraction : fraction) * YEARS.length);
    const year = YEARS[Math.max(0, Math.min(YEARS.length - 1, column))] ?? LAST_YEAR;
    const nearerStart = Math.abs(year - selection.start) < Math.abs(year - selection.end);
    if (range && (nearerStart || year < selection.start)) setStart(year);
    else setEnd(year);
  };

  const input = (which: "start" | "end") => {
    const value = which === "start" ? selection.start : selection.end;
    const label = which === "start" ? t("time.from") : range ? t("time.to") : t("time.year");
    return (
      <input
        key={which}
        type="range"
        className={which === "start" && startOnTop ? "on-top" : undefined}
        min={FIRST_YEAR}
        max={LAST_YEAR}
        step={1}
        value={value}
        aria-label={label}
        aria-valuetext={range ? t.years(value) : t("time.valueText", { window: windowText })}
        onChange={(e) => (which === "start" ? setStart : setEnd)(Number(e.target.value))}
      />
    );
  };

  return (
    // A press on the track is a pointer shortcut; the handles are the keyboard and screen-reader controls.
    <div className="time-slider" style={YEAR_COLUMNS} onPointerDown={pressTrack}>
      <div className="time-track">
        <span className="rail" aria-hidden="true" />
        <span
          className="chosen"
          aria-hidden="true"
          style={{
            insetInlineStart: `calc(var(--column) * ${place(yearWindow.from) * (YEARS.length - 1) + 0.5})`,
            insetInlineEnd: `calc(var(--column) * ${(1 - place(yearWindow.to)) * (YEARS.length - 1) + 0.5})`,
          }}
        />
        {range && input("start")}
        {input("end")}
      </div>
      <div className="year-ticks time-columns" aria-hidden="true">
        {YEARS.map((year) => (
          <span
            key={year}
            data-year={year}
            className={year >= yearWindow.from && year <= yearWindow.to ? "in" : undefined}
          >
            {t.years(year)}
          </span>
        ))}
      </div>
    </div>
  );
}
