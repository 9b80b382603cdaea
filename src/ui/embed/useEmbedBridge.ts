import { useEffect, useMemo } from "react";
import { embedChannel, MESSAGE_PREFIX, readSetViewMessage } from "../../core/url/embedMessages";
import { parseViewState, serializeViewState, type ViewState } from "../../core/url/viewState";

/**
 * In an embed: posts the page's height to the host (for auto-height), announces every state change,
 * and accepts `itu-d-atlas:set` messages from the parent window (and, when the link says
 * `host=<origin>`, only from that origin). Anything else is ignored. The host comes from the state,
 * read once from the link; the address bar is never consulted again.
 */
export function useEmbedBridge(
  enabled: boolean,
  state: ViewState,
  update: (patch: Partial<ViewState>) => void,
  isKnownCountry: (iso3: string) => boolean,
) {
  const channel = useMemo(() => embedChannel(state.host), [state.host]);

  useEffect(() => {
    if (!enabled || window.parent === window) return;
    const post = () =>
      window.parent.postMessage(
        {
          type: `${MESSAGE_PREFIX}height`,
          height: Math.ceil(document.documentElement.scrollHeight),
        },
        channel.target,
      );
    post();
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [enabled, channel]);

  useEffect(() => {
    if (!enabled || window.parent === window) return;
    const query = serializeViewState(state);
    window.parent.postMessage({ type: `${MESSAGE_PREFIX}state`, query, state }, channel.target);
  }, [enabled, state, channel]);

  useEffect(() => {
    if (!enabled) return;
    const receive = (event: MessageEvent) => {
      if (
        !channel.accepts(event.origin, event.source === window.parent && window.parent !== window)
      )
        return;
      const message = readSetViewMessage(event.data);
      if (!message) return;
      const query = new URLSearchParams();
      if (message.years) query.set("years", message.years);
      if (message.layers) query.set("layers", message.layers.join(","));
      if (message.country) query.set("country", message.country);
      query.set("mode", state.time.mode);
      const { state: parsed, notices } = parseViewState(query.toString(), isKnownCountry);
      if (notices.length > 0) return;
      const patch: Partial<ViewState> = {};
      if (message.years) patch.time = parsed.time;
      if (message.layers) patch.categories = parsed.categories;
      if (message.country !== undefined) patch.country = message.country ? parsed.country : null;
      update(patch);
    };
    window.addEventListener("message", receive);
    return () => window.removeEventListener("message", receive);
  }, [enabled, channel, state.time.mode, update, isKnownCountry]);
}
