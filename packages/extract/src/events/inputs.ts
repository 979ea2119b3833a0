import type { Actor, Count, DatePrecision, Mention, Place, Source, Span } from "@marsad/model";
import type { TextContext } from "../recognize/context";

/** A date expression of the body, resolved where it can be. */
export interface DateSpan extends Span {
  value: string | null;
  precision: DatePrecision;
  text: string;
  /** `منذ 15 يوماً`, `خلال أسبوعين`: a stretch of time, the mark of an aggregate. */
  duration: boolean;
  /** Read against the publication date (`أمس`), rather than stated outright (`15 آذار 2022`). */
  relative: boolean;
  /** Which day it is, for grouping, even when unresolved: relative dates read against a stand-in publication day. */
  key: string | null;
}

/** A quantity of the body (`25 عنصراً`, `عدد من`), with the noun it counts when there is one. */
export interface QuantitySpan extends Span, Count {
  noun: string | null;
  /** End of the counted noun in the body (`25 عنصراً`), or of the number when there is none. */
  nounEnd: number;
}

/** Everything the recognizers found, which the event layer grounds triggers in. */
export interface EventInputs {
  ctx: TextContext;
  articleId: string;
  places: { mentions: Mention[]; entries: Place[] };
  actors: { mentions: Mention[]; entries: Actor[] };
  weapons: Mention[];
  dates: DateSpan[];
  quantities: QuantitySpan[];
  sources: { mentions: Mention[]; entries: Source[]; attributions: Array<{ source: string; sentence: number }> };
  published: string | null;
}
