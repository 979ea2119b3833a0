import { exportData } from "@/lib/api";
import { parseFilters } from "@/lib/filters";

/** `/{locale}/export?format=csv|geojson&<filters>` — the API's export of the current filter, passed through. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "geojson" ? "geojson" : "csv";
  const resource = url.searchParams.get("resource") === "incidents" ? "incidents" : "events";
  try {
    const upstream = await exportData(resource, parseFilters(url.searchParams), format);
    const type = upstream.headers.get("content-type") ?? (format === "csv" ? "text/csv" : "application/geo+json");
    return new Response(upstream.body, {
      status: upstream.status,
      headers: {
        "Content-Type": type,
        ...(upstream.ok ? { "Content-Disposition": `attachment; filename="marsad-${resource}.${format === "csv" ? "csv" : "geojson"}"` } : {}),
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return new Response(`api_unreachable: ${message}\n`, { status: 502, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
