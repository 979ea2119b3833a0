import type { PlaceCandidate } from "./places-candidates";
import { isPersonForm, isWeakForm } from "./places-resolve";

/** Whether a candidate is a place: yes, no, or decided by its neighbours in a list. */
export type Verdict = "yes" | "no" | "pending";

/** Accepts names outright, rejects ordinary words and given names without place context, defers the rest to their neighbours. */
export function judge(candidates: readonly PlaceCandidate[], stopForms: ReadonlySet<string>, triggers: (PlaceCandidate["trigger"])[]): Verdict[] {
  const verdicts: Verdict[] = [];
  candidates.forEach((c, i) => {
    const previous = candidates[i - 1];
    const coordinated = previous !== undefined && verdicts[i - 1] === "yes" && c.coordinatedWithPrevious && previous.hit.endToken === c.hit.firstToken;
    // A list after a plural trigger (`بلدات طفس والمزيريب`) shares the trigger.
    if (coordinated && !c.trigger && triggers[i - 1]) triggers[i] = triggers[i - 1] ?? null;
    verdicts.push(verdictOf(c, stopForms, triggers[i] ?? null, coordinated));
  });
  candidates.forEach((c, i) => {
    if (verdicts[i] !== "pending") return;
    const next = candidates[i + 1];
    const listed = next !== undefined && verdicts[i + 1] === "yes" && next.coordinatedWithPrevious && next.hit.firstToken === c.hit.endToken;
    verdicts[i] = listed ? "yes" : "no";
  });
  return verdicts;
}

function verdictOf(c: PlaceCandidate, stopForms: ReadonlySet<string>, trigger: PlaceCandidate["trigger"], coordinated: boolean): Verdict {
  if (c.clockBefore) return "no";
  const placed = trigger !== null || c.locatedAfter || c.directionBefore !== null || c.near;
  // An outlet or actor of the same name wins (`الوطن`, `درعا 24`), unless the words around say place (`مدينة الميادين`).
  if ((c.outlet || c.actor) && !placed) return "no";
  if (isPersonForm(c)) {
    if (c.personContext && !trigger) return "no";
    return placed || c.locativeBefore || c.boundaryAfter || coordinated ? "yes" : "pending";
  }
  if (isWeakForm(c, stopForms)) {
    if (c.personContext && !trigger) return "no";
    return placed || coordinated ? "yes" : "pending";
  }
  return "yes";
}
