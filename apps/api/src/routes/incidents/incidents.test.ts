import { getIssues } from "@placemarkio/check-geojson";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACLED_COLUMNS } from "../../acled/columns";
import { problemOf } from "../../test-support/problem";
import { type SeededServer, seededServer, targets } from "../../test-support/targets";
import { GeoJsonFeatureCollection } from "../events/schema";
import { IncidentDetail, IncidentPage } from "./schema";

describe.each(await targets())("incidents on $name", (target) => {
  let server: SeededServer;
  beforeAll(async () => {
    server = await seededServer(target);
  });
  afterAll(() => server?.stop());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });
  const list = async (query = "") => IncidentPage.parse(await (await get(`/v1/incidents${query}`)).json());

  it("lists the incidents the seeds form, with names", async () => {
    const page = await list("?limit=1000");
    const stored = await server.store.listIncidents({}, { limit: 500 });
    expect(page.items.map((incident) => incident.id)).toEqual(stored.items.map((incident) => incident.id));
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((incident) => incident.reportCount >= 1)).toBe(true);
  });

  it("pages with a Link header", async () => {
    const res = await get("/v1/incidents?limit=2");
    expect(res.headers.get("link")).toMatch(/rel="next"$/);
  });

  it("shows one incident with every report and its evidence text", async () => {
    const [first] = (await list("?limit=1")).items;
    if (!first) throw new Error("no incidents");
    const res = await get(`/v1/incidents/${first.id}`);
    expect(res.status).toBe(200);
    const detail = IncidentDetail.parse(await res.json());
    expect(detail.reports.length).toBe(detail.reportCount);
    for (const report of detail.reports) {
      expect(report.event.incidentId).toBe(first.id);
      expect(report.evidence.every((span) => span.text.length === span.end - span.start)).toBe(true);
    }
  });

  it("answers 404 for an unknown incident and 400 for a non-numeric id", async () => {
    expect((await get("/v1/incidents/999999999")).status).toBe(404);
    const bad = await get("/v1/incidents/1;drop");
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).errors?.[0]?.path).toBe("path.id");
  });

  it("answers 410 Gone with the id a merged incident went into", async () => {
    const [kept, merged] = (await list("?limit=2")).items;
    if (!kept || !merged) throw new Error("need two incidents");
    await server.store.sql.executeSql("update incidents set merged_into = $1 where id = $2", [Number(kept.id), Number(merged.id)]);
    const res = await get(`/v1/incidents/${merged.id}`);
    expect(res.status).toBe(410);
    const problem = await problemOf(res);
    expect(problem.mergedInto).toBe(kept.id);
    expect(res.headers.get("link")).toBe(`</v1/incidents/${kept.id}>; rel="alternate"`);
    expect((await list("?limit=1000")).items.map((incident) => incident.id)).not.toContain(merged.id);
  });

  it("exports incidents as ACLED CSV, GeoJSON and JSON Lines", async () => {
    const page = await list("?limit=1000");
    const csv: Record<string, string>[] = parse(await (await get("/v1/incidents?limit=1000&format=csv")).text(), { columns: true });
    expect(Object.keys(csv[0] ?? {})).toEqual([...ACLED_COLUMNS]);
    expect(csv.length).toBe(page.items.length);
    const geoText = await (await get("/v1/incidents?limit=1000", { Accept: "application/geo+json" })).text();
    expect(getIssues(geoText)).toEqual([]);
    const geo = GeoJsonFeatureCollection.parse(JSON.parse(geoText));
    expect(geo.features.map((feature) => feature.id)).toEqual(page.items.map((incident) => incident.id));
    for (const [index, feature] of geo.features.entries()) {
      const incident = page.items[index];
      if (incident?.lon != null && incident.lat != null) expect(feature.geometry?.coordinates).toEqual([incident.lon, incident.lat]);
    }
    const lines = (await (await get("/v1/incidents?limit=1000&format=jsonl")).text()).trim().split("\n");
    expect(lines.length).toBe(page.items.length);
  });

  it("refuses count=true, which only events offer", async () => {
    expect((await get("/v1/incidents?count=true")).status).toBe(400);
  });
});
