import { useEffect, useRef, useState } from "react";
import { pageAddress } from "../../core/url/address";
import { serializeViewState, type ViewState } from "../../core/url/viewState";
import { useTranslate } from "../i18n";

const PRESETS = [
  { id: "small", width: "480", height: "400" },
  { id: "medium", width: "720", height: "520" },
  { id: "large", width: "960", height: "640" },
  { id: "full", width: "100%", height: "600" },
] as const;

/** The embed URL of a view: the same view, chrome-less. */
export function embedUrl(state: ViewState, controls: boolean): string {
  const base = pageAddress();
  const query = serializeViewState({ ...state, embed: true, controls, display: "map" });
  return `${base}?${query}`;
}

/** Iframe code for the current view, with size presets and a live preview. */
export function EmbedDialog({ state, onClose }: { state: ViewState; onClose: () => void }) {
  const t = useTranslate();
  const dialog = useRef<HTMLDialogElement>(null);
  const [preset, setPreset] = useState<(typeof PRESETS)[number]>(PRESETS[1]);
  const [controls, setControls] = useState(true);
  const [copied, setCopied] = useState(false);
  const src = embedUrl(state, controls);
  const title = t("embed.iframeTitle");
  const code = `<iframe src="${src.replaceAll("&", "&amp;")}" width="${preset.width}" height="${preset.height}" title="${title}" loading="lazy" style="border:0" allow="clipboard-write"></iframe>`;

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-title" onClose={onClose}>
      <h2 id="embed-title">{t("embed.title")}</h2>
      <fieldset className="grouping">
        <legend>{t("embed.size")}</legend>
        {PRESETS.map((p) => (
          <label key={p.id}>
            <input
              type="radio"
              name="embed-size"
              checked={preset.id === p.id}
              onChange={() => setPreset(p)}
            />
            {t(`embed.size.${p.id}`)} ({p.width}×{p.height})
          </label>
        ))}
      </fieldset>
      <label className="embed-controls">
        <input type="checkbox" checked={controls} onChange={(e) => setControls(e.target.checked)} />
        {t("embed.controls")}
      </label>
      <label className="embed-code-label" htmlFor="embed-code">
        {t("embed.code")}
      </label>
      <textarea
        id="embed-code"
        className="embed-code"
        readOnly
        value={code}
        rows={4}
        onFocus={(e) => e.target.select()}
      />
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(code);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {copied ? t("embed.copied") : t("embed.copy")}
        </button>
        <button type="button" className="header-button" onClick={() => dialog.current?.close()}>
          {t("panel.close")}
        </button>
      </div>
      <p className="panel-hint">{t("embed.autoHeight")}</p>
      <code className="embed-script" dir="ltr">
        {`<script src="${new URL("embed.js", pageAddress()).href}"></script>`}
      </code>
      <h3>{t("embed.preview")}</h3>
      <div className="embed-preview">
        <iframe
          src={src}
          title={title}
          loading="lazy"
          style={{
            border: 0,
            inlineSize: preset.width === "100%" ? "100%" : `${preset.width}px`,
            blockSize: `${preset.height}px`,
          }}
        />
      </div>
    </dialog>
  );
}
