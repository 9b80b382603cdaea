import type { MapLibreOverlay } from "@deck.gl/maplibre";
import type { Map as MapLibreMap } from "maplibre-gl";

/** What is drawn around the map in a PNG export. All text comes translated from the caller. */
export interface PngFrame {
  title: string;
  /** e.g. "2018–2020 · CIRTs, Digital Transformation Centres" */
  subtitle: string;
  /** Legend rows: a colour swatch (or symbol shape) and a label. */
  legend: {
    colour: string;
    label: string;
    shape: "square" | "dot" | "diamond" | "triangle" | "line";
  }[];
  /** Lines under the legend rows that say how to read them (e.g. what the shading counts). */
  notes: string[];
  sourceLine: string;
  /** A line above the source line that the image must not lose (the gaps view's caveat). */
  note?: string;
}

const HEADER = 56;
const FOOTER_LINE = 28;
/** The footer: the source line, and the note above it when there is one. */
const footerHeight = (frame: PngFrame) => (frame.note ? 2 : 1) * FOOTER_LINE;
const LEGEND_ROW = 18;

/**
 * Renders the current view to a PNG: title and time window above the map, the legend drawn over its
 * lower corner, the source line below. `scale` 2 renders the map itself at twice the resolution.
 */
export async function renderViewPng(
  map: MapLibreMap,
  overlay: MapLibreOverlay | null,
  frame: PngFrame,
  scale: 1 | 2,
): Promise<Blob> {
  const previousRatio = map.getPixelRatio();
  if (scale !== previousRatio) {
    map.setPixelRatio(scale);
    overlay?.setProps({ useDevicePixels: scale });
  }
  await new Promise<void>((resolve) => {
    map.once("idle", () => resolve());
    map.triggerRepaint();
  });
  // Let deck.gl draw a frame at the new resolution.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  try {
    const base = map.getCanvas();
    const top = overlay?.getCanvas() ?? null;
    const width = map.getContainer().clientWidth;
    const height = map.getContainer().clientHeight;
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    const footer = footerHeight(frame);
    canvas.height = (height + HEADER + footer) * scale;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("2D canvas unavailable");
    ctx.scale(scale, scale);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, width, height + HEADER + footer);
    ctx.drawImage(base, 0, HEADER, width, height);
    if (top && top !== base) ctx.drawImage(top, 0, HEADER, width, height);
    drawHeader(ctx, frame, width);
    drawLegend(ctx, frame, height);
    drawFooter(ctx, frame, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))),
        "image/png",
      ),
    );
  } finally {
    if (scale !== previousRatio) {
      map.setPixelRatio(previousRatio);
      overlay?.setProps({ useDevicePixels: true });
    }
  }
}

const FONT = "system-ui, 'Noto Sans', 'Noto Sans CJK SC', 'Noto Sans Arabic', sans-serif";

function drawHeader(ctx: CanvasRenderingContext2D, frame: PngFrame, width: number) {
  ctx.fillStyle = "#0b3b66";
  ctx.fillRect(0, 0, width, HEADER);
  ctx.fillStyle = "#ffffff";
  ctx.font = `600 18px ${FONT}`;
  ctx.textBaseline = "alphabetic";
  ctx.fillText(frame.title, 14, 24);
  ctx.font = `14px ${FONT}`;
  ctx.fillText(frame.subtitle, 14, 45);
}

function drawLegend(ctx: CanvasRenderingContext2D, frame: PngFrame, mapHeight: number) {
  ctx.font = `12px ${FONT}`;
  const width = Math.max(
    ...frame.legend.map((row) => ctx.measureText(row.label).width + 44),
    ...frame.notes.map((note) => ctx.measureText(note).width + 20),
  );
  const height = (frame.legend.length + frame.notes.length) * LEGEND_ROW + 12;
  const x = 10;
  const y = HEADER + mapHeight - height - 10;
  ctx.fillStyle = "rgba(255,255,255,0.94)";
  ctx.strokeStyle = "#d5dbe1";
  ctx.fillRect(x, y, width, height);
  ctx.strokeRect(x + 0.5, y + 0.5, width, height);
  frame.legend.forEach((row, i) => {
    const cy = y + 6 + i * LEGEND_ROW + LEGEND_ROW / 2;
    drawShape(ctx, row.shape, row.colour, x + 16, cy);
    ctx.fillStyle = "#1b1f24";
    ctx.textBaseline = "middle";
    ctx.fillText(row.label, x + 30, cy);
  });
  frame.notes.forEach((note, i) => {
    const cy = y + 6 + (frame.legend.length + i) * LEGEND_ROW + LEGEND_ROW / 2;
    ctx.fillStyle = "#1b1f24";
    ctx.textBaseline = "middle";
    ctx.fillText(note, x + 10, cy);
  });
}

function drawShape(
  ctx: CanvasRenderingContext2D,
  shape: PngFrame["legend"][number]["shape"],
  colour: string,
  x: number,
  y: number,
) {
  ctx.fillStyle = colour;
  ctx.strokeStyle = colour === "#FFFFFF" ? "#999999" : "#ffffff";
  ctx.lineWidth = 1;
  ctx.beginPath();
  if (shape === "dot") ctx.arc(x, y, 5, 0, Math.PI * 2);
  else if (shape === "diamond") {
    ctx.moveTo(x, y - 6);
    ctx.lineTo(x + 6, y);
    ctx.lineTo(x, y + 6);
    ctx.lineTo(x - 6, y);
  } else if (shape === "triangle") {
    ctx.moveTo(x, y - 6);
    ctx.lineTo(x + 6, y + 5);
    ctx.lineTo(x - 6, y + 5);
  } else if (shape === "line") {
    ctx.strokeStyle = colour;
    ctx.lineWidth = 3;
    ctx.moveTo(x - 7, y + 4);
    ctx.quadraticCurveTo(x, y - 8, x + 7, y + 4);
    ctx.stroke();
    return;
  } else ctx.rect(x - 6, y - 5, 12, 10);
  ctx.closePath();
  ctx.fill();
  ctx.stroke();
}

function drawFooter(
  ctx: CanvasRenderingContext2D,
  frame: PngFrame,
  width: number,
  mapHeight: number,
) {
  const y = HEADER + mapHeight;
  ctx.fillStyle = "#f7f9fb";
  ctx.fillRect(0, y, width, footerHeight(frame));
  ctx.font = `12px ${FONT}`;
  ctx.textBaseline = "middle";
  const lines = frame.note ? [frame.note, frame.sourceLine] : [frame.sourceLine];
  lines.forEach((line, i) => {
    ctx.fillStyle = i === lines.length - 1 ? "#5a636e" : "#1b1f24";
    // A long note is shrunk to the image's width rather than cut off.
    ctx.fillText(line, 14, y + (i + 0.5) * FOOTER_LINE, width - 28);
  });
}
