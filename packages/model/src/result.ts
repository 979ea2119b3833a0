import { z } from "zod";
import { Article } from "./article";
import { Actor, Person, Place, Source } from "./entities";
import { Event, Figure } from "./event";
import { Mention } from "./mention";

export const ExtractionWarning = z.object({ code: z.string(), message: z.string() });
export type ExtractionWarning = z.infer<typeof ExtractionWarning>;

export const ExtractionResult = z.object({
  extractor: z.object({ name: z.string(), version: z.string() }),
  article: Article,
  mentions: z.array(Mention),
  places: z.array(Place),
  actors: z.array(Actor),
  persons: z.array(Person),
  sources: z.array(Source),
  events: z.array(Event),
  figures: z.array(Figure),
  warnings: z.array(ExtractionWarning),
});
export type ExtractionResult = z.infer<typeof ExtractionResult>;
