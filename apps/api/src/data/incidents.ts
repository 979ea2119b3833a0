import type { IncidentDetail, IncidentSummary } from "@marsad/store";
import { type ActorLabel, actorLabel, type EventItem, labelEvent, type NamedRef, outletLabel, type PlaceLabel, placeLabel } from "./labels";
import type { Reference } from "./reference";

export type IncidentItem = IncidentSummary & { labels: { place: PlaceLabel | null; actors: ActorLabel[]; outlets: NamedRef[] } };
export type IncidentDetailItem = Omit<IncidentDetail, "reports"> & {
  labels: IncidentItem["labels"];
  reports: Array<Omit<IncidentDetail["reports"][number], "event"> & { event: EventItem }>;
};

export function labelIncident(reference: Reference, incident: IncidentSummary): IncidentItem {
  return {
    ...incident,
    labels: {
      place: placeLabel(reference, incident.place),
      actors: incident.actors.flatMap((id) => actorLabel(reference, id) ?? []),
      outlets: incident.outlets.flatMap((id) => outletLabel(reference, id) ?? []),
    },
  };
}

export function labelIncidentDetail(reference: Reference, incident: IncidentDetail): IncidentDetailItem {
  const { reports, ...summary } = incident;
  return {
    ...labelIncident(reference, summary),
    agreeing: incident.agreeing,
    disagreements: incident.disagreements,
    reports: reports.map((report) => ({ ...report, event: labelEvent(reference, report.event) })),
  };
}
