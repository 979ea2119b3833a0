import type { EventItem } from "../data/labels";
import type { AcledRow } from "./columns";
import { COUNTRY, disorderType, interaction, interCode, REGION, SYRIA_ISO, timePrecision } from "./codes";
import { acledFatalities } from "./fatalities";

/** Marsad's events are not ACLED's: the `SYRM` prefix keeps the ids from colliding with ACLED's `SYR…`. */
export const eventIdCnty = (id: string): string => `SYRM${id}`;

const round4 = (value: number | null): number | "" => (value === null ? "" : Math.round(value * 10_000) / 10_000);

function notes(event: EventItem): string {
  const where = event.labels.place?.nameEn ?? "an unknown location";
  const who = event.labels.actor1?.nameEn;
  const whom = event.labels.actor2?.nameEn;
  const parts = [
    `On ${event.date.value ?? "an unknown date"}, ${event.subEventType.toLowerCase()}${who ? ` by ${who}` : ""}${whom ? ` against ${whom}` : ""} in ${where}.`,
  ];
  if (event.fatalities) parts.push(`Fatalities: ${acledFatalities(event.fatalities)}${event.fatalities.exact ? "" : " (estimate)"}.`);
  if (event.disputed) parts.push(`Disputed${event.disputedBy ? ` by ${event.disputedBy}` : ""}.`);
  parts.push(`Arabic source text: «${event.trigger.text}».`);
  return parts.join(" ");
}

function tags(event: EventItem): string {
  const out: string[] = [];
  if (event.weapons.length > 0) out.push(`weapons=${event.weapons.join(",")}`);
  if (event.background) out.push("background");
  if (event.disputed) out.push("disputed");
  if (event.fatalities && !event.fatalities.exact) out.push("fatalities estimated");
  if (event.incidentId) out.push(`incident=${event.incidentId}`);
  return out.join("; ");
}

/**
 * One event as an ACLED row. `timestamp` is left empty: the store does not yet keep an update time per event
 * (ACLED's `timestamp` is the row's last change, in Unix seconds). `source_scale` is empty: outlets carry no scale.
 */
export function acledRow(event: EventItem): AcledRow {
  const inter1 = interCode(event.labels.actor1?.category ?? null);
  const inter2 = interCode(event.labels.actor2?.category ?? null);
  const place = event.labels.place;
  const civilianTargeted = event.eventType === "Violence against civilians" || event.labels.actor2?.category === "civilians";
  return {
    event_id_cnty: eventIdCnty(event.id),
    event_date: event.date.value ?? "",
    year: event.date.value ? Number(event.date.value.slice(0, 4)) : "",
    time_precision: timePrecision(event.date.precision),
    disorder_type: disorderType(event.eventType, event.subEventType),
    event_type: event.eventType,
    sub_event_type: event.subEventType,
    actor1: event.labels.actor1?.nameEn ?? "",
    assoc_actor_1: event.labels.assocActors.map((actor) => actor.nameEn).join("; "),
    inter1,
    actor2: event.labels.actor2?.nameEn ?? "",
    assoc_actor_2: "",
    inter2,
    interaction: interaction(inter1, inter2),
    civilian_targeting: civilianTargeted ? "Civilian targeting" : "",
    iso: SYRIA_ISO,
    region: REGION,
    country: COUNTRY,
    admin1: place?.admin1?.nameEn ?? (place?.kind === "governorate" ? place.nameEn : ""),
    admin2: place?.admin2?.nameEn ?? (place?.kind === "district" ? place.nameEn : ""),
    admin3: place?.admin3?.nameEn ?? (place?.kind === "subdistrict" ? place.nameEn : ""),
    location: place?.nameEn ?? "",
    latitude: round4(event.lat),
    longitude: round4(event.lon),
    geo_precision: event.geoPrecision,
    source: event.labels.outlet?.nameEn ?? "",
    source_scale: "",
    notes: notes(event),
    fatalities: acledFatalities(event.fatalities),
    tags: tags(event),
    timestamp: "",
  };
}
