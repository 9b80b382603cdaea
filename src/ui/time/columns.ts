import type { CSSProperties } from "react";
import { YEARS } from "../../core/time/years";

/** The number of year columns, for the `.time-columns` grids and the slider's track (time.css). */
export const YEAR_COLUMNS = { "--years": YEARS.length } as CSSProperties;
