/**
 * The years the atlas covers. The only place in the code that names them: everything else (the
 * schema, the slider, the catalogues' {firstYear}/{lastYear}) reads these constants.
 */
export const FIRST_YEAR = 2013;
export const LAST_YEAR = 2021;

export const YEARS: readonly number[] = Array.from(
  { length: LAST_YEAR - FIRST_YEAR + 1 },
  (_, i) => FIRST_YEAR + i,
);
