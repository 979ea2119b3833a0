import type { Span } from "@marsad/model";
import type { TextContext } from "../recognize/context";
import { sentenceIndexAt } from "../recognize/spans";
import type { CueName } from "./cue-lexicon";
import type { CueOccurrence } from "./occurrences";

/** Cues and mentions of one article, grouped by sentence so each trigger reads only its own. */
export class SentenceIndex {
  private readonly cuesBySentence = new Map<number, CueOccurrence[]>();
  private readonly grouped = new WeakMap<readonly Span[], Map<number, Span[]>>();

  constructor(
    private readonly ctx: TextContext,
    cues: readonly CueOccurrence[],
  ) {
    for (const cue of cues) {
      const list = this.cuesBySentence.get(cue.sentence) ?? [];
      list.push(cue);
      this.cuesBySentence.set(cue.sentence, list);
    }
  }

  /** The items of a list that lie in one sentence (the list is grouped once). */
  inSentence<T extends Span>(items: readonly T[], sentence: number): readonly T[] {
    let groups = this.grouped.get(items) as Map<number, T[]> | undefined;
    if (!groups) {
      groups = new Map();
      for (const item of items) {
        const index = this.sentenceOf(item.start);
        const list = groups.get(index) ?? [];
        list.push(item);
        groups.set(index, list);
      }
      this.grouped.set(items, groups);
    }
    return groups.get(sentence) ?? [];
  }

  sentenceOf(offset: number): number {
    return sentenceIndexAt(this.ctx, offset);
  }

  sentenceSpan(index: number): Span | undefined {
    return this.ctx.sentences[index];
  }

  paragraphOf(offset: number): number {
    return this.ctx.paragraphs.findIndex((p) => offset >= p.start && offset < p.end);
  }

  cues(sentence: number, name?: CueName): CueOccurrence[] {
    const list = this.cuesBySentence.get(sentence) ?? [];
    return name ? list.filter((c) => c.cue === name) : list;
  }

  has(sentence: number, name: CueName): boolean {
    return this.cues(sentence, name).length > 0;
  }

  /** Cues of a kind within `window` characters before `offset`, in the same sentence. */
  cuesBefore(sentence: number, offset: number, name: CueName, window: number): CueOccurrence[] {
    return this.cues(sentence, name).filter((c) => c.span.end <= offset && offset - c.span.end <= window);
  }

  /** Start of the clause that holds `offset`: after the last complementizer (`إن`, `أن`) before it, or the sentence start. */
  clauseStart(sentence: number, offset: number): number {
    const sentenceStart = this.ctx.sentences[sentence]?.start ?? 0;
    let start = sentenceStart;
    for (const cue of this.cues(sentence, "complementizer")) {
      if (cue.span.end <= offset && cue.span.end > start) start = cue.span.end;
    }
    return start;
  }
}
