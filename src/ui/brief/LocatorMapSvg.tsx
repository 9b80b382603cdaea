import type { BriefSymbol } from "../../core/brief/briefModel";
import type { LocatorMap } from "../../core/brief/locatorSvg";
import { CATEGORY_STYLE, symbolPath } from "../theme/categoryStyle";

/** Symbol size on the locator, in view-box units (the view box is 400 wide; shapes are 32 wide). */
const SYMBOL_SCALE = 0.55;

/**
 * The brief's locator map: the country and its neighbours as inline SVG paths (no WebGL, sharp in
 * print), with its CIRT, DTC and connectivity symbols in the shapes of the atlas's map: filled, or
 * hollow when the document gives only its reporting period.
 */
export function LocatorMapSvg({
  map,
  symbols,
  label,
}: {
  map: LocatorMap;
  symbols: BriefSymbol[];
  label: string;
}) {
  const [country, ...others] = map.shapes;
  return (
    <svg className="locator-map" viewBox={map.viewBox} role="img" aria-label={label}>
      <rect className="sea" x={0} y={0} width={map.width} height={map.height} />
      {others.map((shape) => (
        <path key={shape.iso3} className="neighbour" d={shape.d} data-iso3={shape.iso3} />
      ))}
      {country && (
        <path className="country" d={country.d} data-iso3={country.iso3} data-role="country" />
      )}
      {map.small && <circle className="country-ring" cx={map.point[0]} cy={map.point[1]} r={12} />}
      {symbols.map((s) => {
        const { shape, hex } = CATEGORY_STYLE[s.category];
        if (shape === "arc") return null;
        const d = symbolPath(shape);
        return (
          <g
            key={s.id}
            className="symbol"
            data-id={s.id}
            data-category={s.category}
            transform={`translate(${s.x} ${s.y}) scale(${SYMBOL_SCALE}) translate(-16 -16)`}
          >
            <path d={d} fill="none" stroke="#141414" strokeWidth={8} strokeLinejoin="round" />
            <path
              d={d}
              fill={s.hollow ? "#fff" : hex}
              stroke="#fff"
              strokeWidth={s.hollow ? 5.5 : 4.5}
              strokeLinejoin="round"
            />
            {s.hollow && (
              <path d={d} fill="none" stroke={hex} strokeWidth={3} strokeLinejoin="round" />
            )}
          </g>
        );
      })}
    </svg>
  );
}
