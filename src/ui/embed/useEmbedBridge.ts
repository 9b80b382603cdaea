import { useEffect, useMemo } from "react";
import {
  embedChannel,
  looksLikeSetViewMessage,
  MESSAGE_PREFIX,
} from "../../core/url/embedMessages";
import type { SetViewMessage } from "../../core/url/setViewMessage";
import { parseViewState, serializeViewState, type ViewState } from "../../core/url/viewState";

/**
 * In an embed: posts the height it would like to the host (for embed.js: the title, legend and time
 * bar as they are, plus a map in proportion to the frame's width; without embed.js the embed fits
 * whatever frame it has), announces every state change,
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
          height: preferredHeight(),
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
    let active = true;
    const apply = (message: SetViewMessage) => {
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
    const receive = (event: MessageEvent) => {
      if (
        !channel.accepts(event.origin, event.source === window.parent && window.parent !== window)
      )
        return;
      if (!looksLikeSetViewMessage(event.data)) return;
      // The full check (zod) is loaded with the first message that claims to be a `set`.
      void import("../../core/url/setViewMessage").then(({ readSetViewMessage }) => {
        const message = readSetViewMessage(event.data);
        if (active && message) apply(message);
      });
    };
    window.addEventListener("message", receive);
    return () => {
      active = false;
      window.removeEventListener("message", receive);
    };
  }, [enabled, channel, state.time.mode, update, isKnownCountry]);
}

/** The page's height with its map at a pleasant size for the frame's width (280-640 px). */
function preferredHeight(): number {
  const page = document.documentElement;
  const map = document.querySelector(".map-frame")?.getBoundingClientRect().height ?? 0;
  const wanted = Math.min(640, Math.max(280, 0.62 * page.clientWidth));
  return Math.ceil(page.scrollHeight - map + wanted);
}
