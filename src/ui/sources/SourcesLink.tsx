import { pathOnly } from "../../core/url/address";
import { serializeViewState, type ViewState } from "../../core/url/viewState";
import { useTranslate } from "../i18n";

/**
 * "Sources" in the source line: a real link to the Sources view (it can be opened in a new tab or
 * copied). In the atlas a plain click switches the view in place; in an embed it opens the full
 * atlas's Sources view in a new tab, since the embed itself shows only the map.
 */
export function SourcesLink({
  state,
  update,
}: {
  state: ViewState;
  update: (patch: Partial<ViewState>) => void;
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
        {t("sources.open")}
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
      {t("sources.open")}
    </a>
  );
}
