"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { type PointerEvent, useRef, useState } from "react";
import { typeColour } from "@/lib/taxonomy";
import { type DayCount, dayDomain, dayNumber, isoOfDay } from "@/lib/timeline";

interface Props {
  days: readonly DayCount[];
  from?: string | undefined;
  to?: string | undefined;
  rtl: boolean;
  labels: { title: string; help: string; clear: string; start: string; end: string; summary: string };
}

const W = 800;
const H = 110;

/** Events per day stacked by type; dragging across it sets the `from`/`to` filters in the URL. */
export function Timeline({ days, from, to, rtl, labels }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  const domain = dayDomain(days);
  if (!domain) return null;
  const [first, last] = domain;
  const span = last - first;
  const x = (day: number) => {
    const ltr = ((day - first) / span) * W;
    return rtl ? W - ltr : ltr;
  };
  const dayAt = (clientX: number) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || box.width === 0) return first;
    const ratio = (clientX - box.left) / box.width;
    const ltr = rtl ? 1 - ratio : ratio;
    return Math.min(last, Math.max(first, Math.round(first + ltr * span)));
  };
  const max = Math.max(1, ...days.map((day) => Object.values(day.byType).reduce((sum, n) => sum + n, 0)));
  const barWidth = Math.max(4, (W / span) * 0.8);
  // Year boundaries as faint ticks, so thin bars far apart can still be placed in time.
  const firstYear = Number(isoOfDay(first).slice(0, 4));
  const lastYear = Number(isoOfDay(last).slice(0, 4));
  const years = Array.from({ length: Math.max(0, lastYear - firstYear) }, (_, i) => firstYear + i + 1);

  const apply = (a: number, b: number) => {
    const params = new URLSearchParams(search.toString());
    params.set("from", isoOfDay(Math.min(a, b)));
    params.set("to", isoOfDay(Math.max(a, b)));
    router.push(`${pathname}?${params.toString()}`, { scroll: false });
  };
  const clear = () => {
    const params = new URLSearchParams(search.toString());
    params.delete("from");
    params.delete("to");
    const query = params.toString();
    router.push(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  const onDown = (event: PointerEvent<SVGSVGElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    const day = dayAt(event.clientX);
    setDrag({ a: day, b: day });
  };
  const onMove = (event: PointerEvent<SVGSVGElement>) => {
    if (drag) setDrag({ a: drag.a, b: dayAt(event.clientX) });
  };
  const onUp = () => {
    if (drag) apply(drag.a, drag.b);
    setDrag(null);
  };

  const selected = drag ?? (from || to ? { a: from ? dayNumber(from) : first, b: to ? dayNumber(to) : last } : null);
  const brushX = selected ? Math.min(x(selected.a), x(selected.b)) : 0;
  const brushW = selected ? Math.max(2, Math.abs(x(selected.b) - x(selected.a))) : 0;

  return (
    <section className="timeline card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{labels.title}</h2>
      <p className="muted" id="timeline-help">
        {labels.help}
      </p>
      <svg
        ref={svg}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={labels.summary}
        aria-describedby="timeline-help"
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerCancel={() => setDrag(null)}
      >
        <line x1={0} x2={W} y1={H - 0.5} y2={H - 0.5} stroke="#8a857b" />
        {years.length <= 30
          ? years.map((year) => {
              const tx = x(dayNumber(`${year}-01-01`));
              return (
                <g key={year}>
                  <line x1={tx} x2={tx} y1={0} y2={H} stroke="#d9d5cc" />
                  <text x={tx + (rtl ? -3 : 3)} y={11} fontSize={11} fill="#55524c" textAnchor={rtl ? "end" : "start"} direction="ltr">
                    {year}
                  </text>
                </g>
              );
            })
          : null}
        {days.map((day) => {
          let y = H;
          const cx = x(dayNumber(day.date));
          return (
            <g key={day.date}>
              {Object.entries(day.byType).map(([type, count]) => {
                const h = (count / max) * (H - 8);
                y -= h;
                return <rect key={type} x={cx - barWidth / 2} y={y} width={barWidth} height={h} fill={typeColour(type)} />;
              })}
            </g>
          );
        })}
        {selected ? <rect className="brush" x={brushX} y={0} width={brushW} height={H} /> : null}
      </svg>
      <div className="timeline-axis" dir="ltr">
        <span>{rtl ? labels.end : labels.start}</span>
        <span>{rtl ? labels.start : labels.end}</span>
      </div>
      {from || to ? (
        <button type="button" className="secondary" onClick={clear}>
          {labels.clear}
        </button>
      ) : null}
    </section>
  );
}
