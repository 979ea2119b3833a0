import type { Mention, Place, Span } from "@marsad/model";
import type { PlaceEntry } from "../lexicon/types";
import type { TextContext } from "./context";
import type { Direction } from "./places-cues";
import { geoPrecisionOf } from "./places-precision";
import { mention } from "./spans";

/** What the words around a place mention said, for the event layer. */
export interface PlaceMentionDetail {
  /** The trigger word before the name (`مدينة`, `حاجز`), as it appears in the matching key. */
  readonly trigger: string | null;
  /** `حاجز X`: a checkpoint at X. */
  readonly checkpoint: boolean;
  /** `قرب X`, `محيط X`: near the place rather than in it. */
  readonly near: boolean;
  /** A region given by a direction from a place (`غربي درعا`). */
  readonly direction: Direction | null;
}

export interface PlaceRecognition {
  /** Place mentions in body order; `ref` is the id of an entry of `places`. */
  readonly mentions: Mention[];
  /** Same length as `mentions`. */
  readonly details: PlaceMentionDetail[];
  /** Each place once: localities first, then sub-districts and districts, then governorates, regions and countries; each group in order of first mention. */
  readonly places: Place[];
  /** The governorate (admin1 P-code) the article is mostly about, or null. */
  readonly focus: string | null;
}

/** Collects mentions and the places they resolve to, each place once. */
export class PlaceOutput {
  private readonly mentions: { mention: Mention; detail: PlaceMentionDetail }[] = [];
  private readonly places = new Map<string, Place>();
  constructor(private readonly ctx: TextContext) {}

  add(span: Span, entry: PlaceEntry, detail: PlaceMentionDetail): void {
    this.mentions.push({ mention: mention(this.ctx, "place", span, entry.id), detail });
    if (!this.places.has(entry.id)) this.places.set(entry.id, toPlace(entry));
  }

  /** The governorate of the last mention that starts in `[from, before)`, if any. */
  admin1Before(before: number, from: number): string | null {
    let best: { start: number; admin1: string } | null = null;
    for (const { mention } of this.mentions) {
      if (mention.start < from || mention.start >= before || !mention.ref) continue;
      const admin1 = this.places.get(mention.ref)?.admin1;
      if (admin1 && (!best || mention.start > best.start)) best = { start: mention.start, admin1 };
    }
    return best?.admin1 ?? null;
  }

  result(focus: string | null): PlaceRecognition {
    const sorted = [...this.mentions].sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
    const order = new Map<string, number>();
    for (const { mention } of sorted) if (mention.ref && !order.has(mention.ref)) order.set(mention.ref, order.size);
    const places = [...this.places.values()].sort(
      (a, b) => geoPrecisionOf(a) - geoPrecisionOf(b) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    );
    return { mentions: sorted.map((m) => m.mention), details: sorted.map((m) => m.detail), places, focus };
  }
}

function toPlace(entry: PlaceEntry): Place {
  return {
    id: entry.id,
    name: entry.name,
    nameEn: entry.nameEn,
    kind: entry.kind,
    lat: entry.lat,
    lon: entry.lon,
    admin1: entry.admin1,
    admin2: entry.admin2,
    admin3: entry.admin3,
  };
}
