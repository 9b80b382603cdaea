import { useEffect, useState } from "react";

/**
 * A QR code of `text`, drawn locally as one SVG path (a square per dark module), so it prints
 * sharp. The encoder (qrcode-generator) is loaded only here, in the brief's own chunk.
 * `onDrawn` is called once the code is on the page.
 */
export function QrCode({
  text,
  label,
  onDrawn,
}: {
  text: string;
  label: string;
  onDrawn: () => void;
}) {
  const [code, setCode] = useState<{ text: string; size: number; d: string } | null>(null);
  useEffect(() => {
    let cancelled = false;
    import("qrcode-generator").then(({ default: qrcode }) => {
      if (cancelled) return;
      // Type 0: the smallest version that holds the link; M: 15% of it may be damaged.
      const qr = qrcode(0, "M");
      qr.addData(text);
      qr.make();
      const size = qr.getModuleCount();
      const squares: string[] = [];
      for (let row = 0; row < size; row++)
        for (let col = 0; col < size; col++)
          if (qr.isDark(row, col)) squares.push(`M${col} ${row}h1v1h-1z`);
      setCode({ text, size, d: squares.join("") });
    });
    return () => {
      cancelled = true;
    };
  }, [text]);
  const drawn = code !== null && code.text === text;
  useEffect(() => {
    if (drawn) onDrawn();
  }, [drawn, onDrawn]);
  if (!code) return <span className="qr-code" />;
  // A quiet zone of four modules all round, as the standard asks.
  const box = code.size + 8;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`-4 -4 ${box} ${box}`}
      shapeRendering="crispEdges"
      data-modules={code.size}
    >
      <rect x={-4} y={-4} width={box} height={box} fill="#fff" />
      <path d={code.d} fill="#000" />
    </svg>
  );
}
