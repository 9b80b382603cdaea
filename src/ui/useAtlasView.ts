import { useMemo } from "react";
import type { Atlas } from "../core/atlas/prepareAtlas";
import type { ViewState } from "../core/url/viewState";
import { type AtlasViewModel, atlasViewModel, type Memo } from "../core/view/viewModel";
import type { Translate } from "../i18n/translate";

/**
 * The view model (src/core/view) memoised with React: each of its steps is recomputed only when
 * what it reads changes. All the deriving is there; this hook only supplies `useMemo`.
 */
export function useAtlasView(
  atlas: Atlas,
  state: ViewState,
  t: Translate,
  hoveredGap: string | null,
): AtlasViewModel {
  // atlasViewModel calls `memo` unconditionally, the same number of times in the same order on
  // every render, so each call is a hook at a fixed position; each step names its own inputs.
  const memo: Memo = (compute, inputs) =>
    // biome-ignore lint/correctness/useHookAtTopLevel: see above
    // biome-ignore lint/correctness/useExhaustiveDependencies: see above
    useMemo(compute, inputs);
  return atlasViewModel(atlas, state, t, hoveredGap, memo);
}
