import { staticMapAround } from "@/lib/static-map";
import { TYPE_COLOURS } from "@/lib/taxonomy";
import { isEventType } from "@/lib/taxonomy";

/** A small server-drawn map with one point, for incident and place pages. */
export async function StaticMap({ lat, lon, label, type, name }: { lat: number; lon: number; label: string; type?: string; name?: string }) {
  const map = await staticMapAround(lat, lon);
  if (!map) return null;
  const colour = type && isEventType(type) ? TYPE_COLOURS[type] : "#0b5d6b";
  return (
    <svg className="static-map" viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-label={label}>
      {map.countries.map((country) => (
        <path key={country.iso} d={country.path} fill={country.focus ? "#fbf8f1" : "#eeebe3"} stroke="#8a857b" strokeWidth={1} />
      ))}
      {map.point ? <circle cx={map.point.x} cy={map.point.y} r={8} fill={colour} stroke="#fff" strokeWidth={2.5} /> : null}
      {map.point && name ? (
        <text x={map.point.x} y={map.point.y - 14} textAnchor="middle" fontSize={15} fontWeight={600} fill="#1c1b19" stroke="#fff" strokeWidth={4} paintOrder="stroke">
          {name}
        </text>
      ) : null}
    </svg>
  );
}
