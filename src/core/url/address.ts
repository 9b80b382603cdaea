import { serializeViewState, type ViewState } from "./viewState";

/**
 * The browser's address bar: the only code that reads or writes window.location. Everything else
 * goes through these functions, and reads the parameters through the table (params.ts).
 */

/** The query of the current address ("?view=regions…", or ""). */
export function readAddress(): string {
  return window.location.search;
}

/**
 * Makes the address a link to `state`. `push` adds a history entry (Back returns to the previous
 * view); otherwise the current entry is replaced. Nothing happens when the address already says it.
 */
export function writeAddress(state: ViewState, { push }: { push: boolean }): void {
  const query = serializeViewState(state);
  const { pathname, search, hash } = window.location;
  const url = `${pathname}${query ? `?${query}` : ""}${hash}`;
  if (url === `${pathname}${search}${hash}`) return;
  if (push) window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

/** The page's path without query or hash, to build links to other views of the atlas. */
export function pathOnly(): string {
  return window.location.pathname;
}

/** The page's full address without query or hash (for embed code used on other sites). */
export function pageAddress(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/** The whole current address, the link that Share copies. */
export function currentLink(): string {
  return window.location.href;
}

/** Loads the page again (after a failed start). */
export function reloadPage(): void {
  window.location.reload();
}
