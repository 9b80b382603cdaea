/**
 * The messages an embedded atlas exchanges with the page that hosts it (window.postMessage).
 * Every message is an object whose `type` starts with "itu-d-atlas:". See README, "Embedding".
 *
 * From the atlas to the host:
 *   { type: "itu-d-atlas:height", height: number }        the page's height in CSS pixels
 *   { type: "itu-d-atlas:state", query: string, state: {...} }   after every change of the view
 * From the host to the atlas:
 *   { type: "itu-d-atlas:set", years?: "2019" | "2018-2020", layers?: Category[], country?: "KEN" | null }
 */
export const MESSAGE_PREFIX = "itu-d-atlas:";

/**
 * Whether a message claims to be a `set` message. Only such messages load the schema that checks
 * them in full (setViewMessage.ts, with zod): the page's first download carries no validator.
 */
export function looksLikeSetViewMessage(data: unknown): boolean {
  return (
    typeof data === "object" &&
    data !== null &&
    (data as { type?: unknown }).type === `${MESSAGE_PREFIX}set`
  );
}

/**
 * Whether a message may steer the embed: it must come from the embedding (parent) window, and from
 * the allowed host origin when the embed URL names one (`host=https://example.org`).
 */
export function isTrustedSender(
  origin: string,
  fromParent: boolean,
  allowedHost: string | null,
): boolean {
  if (!fromParent) return false;
  return allowedHost === null || origin === allowedHost;
}

/** What an embed does with messages, decided from its state (`host`, parsed once from the link). */
export interface EmbedChannel {
  /** The origin the embed posts its height and state to: the host, or "*" when the link names none. */
  target: string;
  /** Whether a message may steer the embed (see isTrustedSender). */
  accepts: (origin: string, fromParent: boolean) => boolean;
}

export function embedChannel(host: string | null): EmbedChannel {
  return {
    target: host ?? "*",
    accepts: (origin, fromParent) => isTrustedSender(origin, fromParent, host),
  };
}
