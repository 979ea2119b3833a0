"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import type { GeoJSONSource, Map as MapLibreMap, Marker } from "maplibre-gl";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { type MapPoint, SOUTH_BOUNDS, type TownLabel, toFeatureCollection } from "./map-data";
import { buildStyle } from "./map-style";

interface Props {
  points: readonly MapPoint[];
  towns: readonly TownLabel[];
  /** Path prefix of incident pages, e.g. `/ar/incidents/`. */
  incidentHref: string;
  label: string;
  fallback: string;
  tilesUrl?: string | undefined;
  /** Open on this point instead of the south (the incident page's small map). */
  focus?: { lat: number; lon: number } | undefined;
  interactive?: boolean;
}

type Status = "loading" | "ready" | "failed";

/** Copied into `public/basemap/` at build time (scripts/build-basemap.ts). */
const WORKER_URL = "/basemap/maplibre-gl-worker.mjs";
let registeredPmtiles = false;

/** Zoom from which towns (not only cities) get labels. */
const TOWN_ZOOM = 9.5;

/** Incidents on a WebGL map, clustered and coloured by type; loaded only in the browser and only where shown. */
export function EventMap({ points, towns, incidentHref, label, fallback, tilesUrl, focus, interactive = true }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>("loading");
  const router = useRouter();
  const collection = useMemo(() => toFeatureCollection(points), [points]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let map: MapLibreMap | undefined;
    let cancelled = false;
    const markers: Marker[] = [];

    // The PMTiles reader is loaded only when a `pmtiles://` street layer is configured.
    const pmtiles = tilesUrl?.startsWith("pmtiles://") ? import("pmtiles") : Promise.resolve(null);
    void Promise.all([import("maplibre-gl"), pmtiles])
      .then(([maplibre, pmtilesModule]) => {
        if (cancelled) return;
        if (pmtilesModule && !registeredPmtiles) {
          maplibre.addProtocol("pmtiles", new pmtilesModule.Protocol().tile);
          registeredPmtiles = true;
        }
        maplibre.setWorkerUrl(WORKER_URL);
        let live: MapLibreMap;
        try {
          live = new maplibre.Map({
            container: element,
            style: buildStyle(collection, tilesUrl),
            bounds: focus ? undefined : SOUTH_BOUNDS,
            center: focus ? [focus.lon, focus.lat] : undefined,
            zoom: focus ? 9 : undefined,
            attributionControl: false,
            interactive,
            dragRotate: false,
            pitchWithRotate: false,
            touchPitch: false,
          });
        } catch {
          setStatus("failed");
          return;
        }
        map = live;
        if (interactive) live.addControl(new maplibre.NavigationControl({ showCompass: false }), "top-left");
        live.getCanvas().setAttribute("aria-label", label);

        // Town names as HTML so the browser shapes Arabic with the page font (no glyph server needed).
        for (const town of towns) {
          const node = document.createElement("span");
          node.className = town.major ? "town-label major" : "town-label";
          node.textContent = town.name;
          markers.push(new maplibre.Marker({ element: node, anchor: "left" }).setLngLat([town.lon, town.lat]).addTo(live));
        }

        const clusterMarkers = new Map<number, Marker>();
        const drawClusterCounts = () => {
          const seen = new Set<number>();
          for (const feature of live.querySourceFeatures("incidents", { filter: ["has", "point_count"] })) {
            const id = Number(feature.properties.cluster_id);
            if (seen.has(id) || feature.geometry.type !== "Point") continue;
            seen.add(id);
            if (!clusterMarkers.has(id)) {
              const node = document.createElement("span");
              node.className = "cluster-label";
              node.textContent = String(feature.properties.point_count_abbreviated ?? feature.properties.point_count);
              const [lon = 0, lat = 0] = feature.geometry.coordinates;
              clusterMarkers.set(id, new maplibre.Marker({ element: node }).setLngLat([lon, lat]).addTo(live));
            }
          }
          for (const [id, marker] of clusterMarkers) {
            if (!seen.has(id)) {
              marker.remove();
              clusterMarkers.delete(id);
            }
          }
        };

        live.on("load", () => {
          element.dataset.ready = "true";
          setStatus("ready");
        });
        // For tests and curious readers: how many incidents the map actually drew (clusters count their members).
        live.on("idle", () => {
          let drawn = 0;
          for (const feature of live.queryRenderedFeatures({ layers: ["clusters", "points"] })) {
            drawn += feature.properties.point_count ? Number(feature.properties.point_count) : 1;
          }
          element.dataset.drawn = String(drawn);
        });
        live.on("sourcedata", (event) => {
          if (event.sourceId === "incidents" && event.isSourceLoaded) drawClusterCounts();
        });
        const showTowns = () => element.classList.toggle("zoomed-in", live.getZoom() >= TOWN_ZOOM);
        showTowns();
        live.on("zoomend", showTowns);
        live.on("moveend", drawClusterCounts);
        live.on("error", () => undefined);

        if (!interactive) return;
        live.on("click", "clusters", (event) => {
          const feature = event.features?.[0];
          if (!feature || feature.geometry.type !== "Point") return;
          const source = live.getSource<GeoJSONSource>("incidents");
          const [lon = 0, lat = 0] = feature.geometry.coordinates;
          void source?.getClusterExpansionZoom(Number(feature.properties.cluster_id)).then((zoom) => {
            live.easeTo({ center: [lon, lat], zoom });
          });
        });
        live.on("click", "points", (event) => {
          const id = event.features?.[0]?.properties.id;
          if (typeof id === "string") router.push(`${incidentHref}${encodeURIComponent(id)}`);
        });
        // The incident's title on hover (the list beside the map carries the same for keyboard and touch).
        const popup = new maplibre.Popup({ closeButton: false, closeOnClick: false, offset: 10 });
        live.on("mouseenter", "points", (event) => {
          const feature = event.features?.[0];
          const title = feature?.properties.title;
          if (!feature || feature.geometry.type !== "Point" || typeof title !== "string") return;
          const [lon = 0, lat = 0] = feature.geometry.coordinates;
          const node = document.createElement("span");
          node.textContent = title;
          node.dir = "auto";
          popup.setLngLat([lon, lat]).setDOMContent(node).addTo(live);
        });
        live.on("mouseleave", "points", () => popup.remove());
        for (const layer of ["clusters", "points"]) {
          live.on("mouseenter", layer, () => {
            live.getCanvas().style.cursor = "pointer";
          });
          live.on("mouseleave", layer, () => {
            live.getCanvas().style.cursor = "";
          });
        }
      })
      .catch(() => setStatus("failed"));

    return () => {
      cancelled = true;
      for (const marker of markers) marker.remove();
      map?.remove();
    };
  }, [collection, towns, tilesUrl, focus, interactive, incidentHref, label, router]);

  return (
    <div className="map-frame" data-map-status={status} data-points={points.length}>
      <div ref={container} className="map-canvas" />
      {status === "failed" ? (
        <div className="map-fallback" role="note">
          {fallback}
        </div>
      ) : null}
    </div>
  );
}
