import type { Span } from "@marsad/model";
import type { TextContext } from "../recognize/context";
import { sentenceIndexAt } from "../recognize/spans";
import type { CueName } from "./cue-lexicon";
import type { CueOccurrence } from "./occurrences";

const NONE: readonly never[] = [];

/**
 * Cues and mentions of one article, grouped by sentence and cue name once, so each trigger reads only its own
 * sentence's few cues instead of filtering the article's (the event layer asks these questions thousands of times).
 */
export class SentenceIndex {
  private readonly cuesBySentence = new Map<number, CueOccurrence[]>();
  private readonly cuesByName = new Map<number, Map<CueName, CueOccurrence[]>>();
  private readonly grouped = new WeakMap<readonly Span[], Map<number, Span[]>>();

  constructor(
    private readonly ctx: TextContext,
    cues: readonly CueOccurrence[],
  ) {
    for (const cue of cues) {
      let list = this.cuesBySentence.get(cue.sentence);
      let named = this.cuesByName.get(cue.sentence);
      if (!list || !named) {
        list = [];
        named = new Map();
        this.cuesBySentence.set(cue.sentence, list);
        this.cuesByName.set(cue.sentence, named);
      }
      list.push(cue);
      const same = named.get(cue.cue);
      if (same) same.push(cue);
      else named.set(cue.cue, [cue]);
    }
  }

  /** The items of a list that lie in one sentence, in list order (the list is grouped once). */
  inSentence<T extends Span>(items: readonly T[], sentence: number): readonly T[] {
    let groups = this.grouped.get(items) as Map<number, T[]> | undefined;
    if (!groups) {
      groups = new Map();
      for (const item of items) {
        const index = this.sentenceOf(item.start);
        const list = groups.get(index);
        if (list) list.push(item);
        else groups.set(index, [item]);
      }
      this.grouped.set(items, groups);
    }
    return groups.get(sentence) ?? NONE;
  }

  sentenceOf(offset: number): number {
    return sentenceIndexAt(this.ctx, offset);
  }

  sentenceSpan(index: number): Span | undefined {
    return this.ctx.sentences[index];
  }

  /** Index of the paragraph holding `offset` (the first that does), or -1. */
  paragraphOf(offset: number): number {
    const paragraphs = this.ctx.paragraphs;
    for (let i = 0; i < paragraphs.length; i++) {
      const p = paragraphs[i] as Span;
      if (offset >= p.start && offset < p.end) return i;
    }
    return -1;
  }

  /** The cues of a sentence in text order, all or of one kind. Shared lists: callers must not change them. */
  cues(sentence: number, name?: CueName): readonly CueOccurrence[] {
    if (!name) return this.cuesBySentence.get(sentence) ?? NONE;
    return this.cuesByName.get(sentence)?.get(name) ?? NONE;
  }

  has(sentence: number, name: CueName): boolean {
    return this.cuesByName.get(sentence)?.has(name) ?? false;
  }

  /** Whether a cue of a kind ends within `window` characters before `offset`, in the same sentence. */
  cueBefore(sentence: number, offset: number, name: CueName, window: number): boolean {
    for (const c of this.cues(sentence, name)) if (c.span.end <= offset && offset - c.span.end <= window) return true;
    return false;
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
