import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useState } from "react";
import type { MapLabel } from "../../core/view/viewModel";

/**
 * Text labels as HTML over the map, moved with it. The browser shapes every script (Arabic joins
 * and runs right to left), which a WebGL text layer cannot; there are only a handful of labels.
 */
export function MapLabels({ map, labels }: { map: MapLibreMap | null; labels: MapLabel[] }) {
  const [, setFrame] = useState(0);
  useEffect(() => {
    if (!map) return;
    const redraw = () => setFrame((n) => n + 1);
    map.on("move", redraw);
    map.on("resize", redraw);
    return () => {
      map.off("move", redraw);
      map.off("resize", redraw);
    };
  }, [map]);
  if (!map) return null;
  return (
    <div className="map-labels" aria-hidden="true">
      {labels.map((label) => {
        const { x, y } = map.project(label.position);
        return (
          <span
            key={label.id}
            className={label.context ? "map-label context" : "map-label"}
            style={{
              left: `${x}px`,
              top: `${y + (label.below ?? 0)}px`,
              fontSize: `${label.size}px`,
              // Hanging below the symbols: centred across, top edge at the offset.
              ...(label.below !== undefined ? { transform: "translate(-50%, 0)" } : {}),
            }}
          >
            {label.text}
          </span>
        );
      })}
    </div>
  );
}
