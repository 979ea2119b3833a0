import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { formatIsoDate, formatNumber } from "@/lib/format";
import { countByMonth } from "@/lib/monthly";

/** A server-drawn bar chart of incidents per month, with the numbers also in a hidden table for screen readers. */
export async function MonthlyChart({ dates, locale }: { dates: readonly (string | null)[]; locale: Locale }) {
  const t = await getTranslations("chart");
  const months = countByMonth(dates);
  if (months.length === 0) return <p className="muted">{t("none")}</p>;
  const max = Math.max(1, ...months.map((m) => m.count));
  const W = 600;
  const H = 120;
  // At most 60 units a month, so one or two months do not fill the chart with a slab.
  const step = Math.min(60, W / months.length);
  const rtl = locale === "ar";
  const first = months[0];
  const last = months[months.length - 1];
  return (
    <figure>
      <svg className="mini-chart" viewBox={`0 0 ${W} ${H + 2}`} aria-hidden="true">
        <line x1={0} x2={W} y1={H + 1} y2={H + 1} stroke="#8a857b" />
        {months.map((m, i) => {
          const h = (m.count / max) * (H - 6);
          const x = rtl ? W - (i + 1) * step : i * step;
          return <rect key={m.month} x={x + step * 0.1} y={H - h} width={Math.max(1, step * 0.8)} height={h} fill="#0b5d6b" />;
        })}
      </svg>
      <figcaption className="timeline-axis">
        <span>{first ? formatIsoDate(locale, `${first.month}-01`, "month") : ""}</span>
        <span>{t("perMonth")}</span>
        <span>{last ? formatIsoDate(locale, `${last.month}-01`, "month") : ""}</span>
      </figcaption>
      <table className="visually-hidden">
        <caption>{t("perMonth")}</caption>
        <tbody>
          {months
            .filter((m) => m.count > 0)
            .map((m) => (
              <tr key={m.month}>
                <th scope="row">{formatIsoDate(locale, `${m.month}-01`, "month")}</th>
                <td>{formatNumber(locale, m.count)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </figure>
  );
}
