import { EventType, SubEventType } from "@marsad/model";
import type { IncidentItem } from "../data/incidents";
import type { AcledRow } from "./columns";
import { COUNTRY, disorderType, interaction, interCode, REGION, SYRIA_ISO } from "./codes";

const round4 = (value: number | null): number | "" => (value === null ? "" : Math.round(value * 10_000) / 10_000);

/**
 * One incident (every outlet's report of one happening) as an ACLED row: the first two actors become actor1 and
 * actor2, every outlet is a source, fatalities are the lowest reported figure (ACLED's conservative choice), and
 * time_precision is 1 when all reports give the same day, else 2 (within the one-day clustering window).
 */
export function acledIncidentRow(incident: IncidentItem): AcledRow {
  const type = EventType.safeParse(incident.eventType);
  const subType = SubEventType.safeParse(incident.subEventType);
  const [actor1, actor2, ...others] = incident.labels.actors;
  const inter1 = interCode(actor1?.category ?? null);
  const inter2 = interCode(actor2?.category ?? null);
  const place = incident.labels.place;
  return {
    event_id_cnty: `SYRMI${incident.id}`,
    event_date: incident.dateMin ?? "",
    year: incident.dateMin ? Number(incident.dateMin.slice(0, 4)) : "",
    time_precision: incident.dateMin !== null && incident.dateMin === incident.dateMax ? 1 : incident.dateMin ? 2 : 3,
    disorder_type: type.success && subType.success ? disorderType(type.data, subType.data) : "",
    event_type: incident.eventType,
    sub_event_type: incident.subEventType,
    actor1: actor1?.nameEn ?? "",
    assoc_actor_1: others.map((actor) => actor.nameEn).join("; "),
    inter1,
    actor2: actor2?.nameEn ?? "",
    assoc_actor_2: "",
    inter2,
    interaction: interaction(inter1, inter2),
    civilian_targeting: incident.eventType === "Violence against civilians" || actor2?.category === "civilians" ? "Civilian targeting" : "",
    iso: SYRIA_ISO,
    region: REGION,
    country: COUNTRY,
    admin1: place?.admin1?.nameEn ?? (place?.kind === "governorate" ? place.nameEn : ""),
    admin2: place?.admin2?.nameEn ?? "",
    admin3: place?.admin3?.nameEn ?? "",
    location: place?.nameEn ?? "",
    latitude: round4(incident.lat),
    longitude: round4(incident.lon),
    geo_precision: place ? 1 : 3,
    source: incident.labels.outlets.map((outlet) => outlet.nameEn).join("; "),
    source_scale: "",
    notes: `${incident.subEventType} in ${place?.nameEn ?? "an unknown location"}, reported ${incident.reportCount} time(s)${incident.disputed ? "; disputed" : ""}.`,
    fatalities: incident.fatalities.min ?? 0,
    tags: [`reports=${incident.reportCount}`, ...(incident.fatalities.max !== incident.fatalities.min ? [`fatalities reported ${incident.fatalities.min}–${incident.fatalities.max}`] : [])].join("; "),
    timestamp: Math.floor(Date.parse(incident.updatedAt) / 1000),
  };
}
