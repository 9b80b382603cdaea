import { pathOnly } from "../../core/url/address";
import { serializeViewState, type ViewState } from "../../core/url/viewState";
import { useTranslate } from "../i18n";

/**
 * "Sources" in the source line: a real link to the Sources view (it can be opened in a new tab or
 * copied). In the atlas a plain click switches the view in place; in an embed it opens the full
 * atlas's Sources view in a new tab, since the embed itself shows only the map (there the whole
 * source line is the link, so a narrow frame needs no extra word).
 */
export function SourcesLink({
  state,
  update,
  children,
}: {
  state: ViewState;
  update: (patch: Partial<ViewState>) => void;
  /** The link's text, when not "Sources" (an embed links its whole source line). */
  children?: React.ReactNode;
}) {
  const t = useTranslate();
  const target: ViewState = {
    ...state,
    embed: false,
    controls: true,
    display: "sources",
    source: null,
  };
  const href = `${pathOnly()}?${serializeViewState(target)}`;
  if (state.embed)
    return (
      <a href={href} target="_blank" rel="noopener" className="sources-link">
        {children ?? t("sources.open")}
      </a>
    );
  return (
    <a
      href={href}
      className="sources-link"
      aria-current={state.display === "sources" ? "page" : undefined}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        update({ display: "sources", source: null });
      }}
    >
      {children ?? t("sources.open")}
    </a>
  );
}
