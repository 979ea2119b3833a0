import type { Mention } from "@marsad/model";
import { describe, expect, it } from "vitest";
import { segmentArticle, sentenceAt } from "./segments";

const body = "قصفت قوات النظام مدينة طفس. وقتل مدنيان.\nواندلعت اشتباكات في درعا.";
const mention = (kind: Mention["kind"], text: string, from = 0): Mention => {
  const start = body.indexOf(text, from);
  return { kind, text, start, end: start + text.length, ref: null };
};
const paragraphs = [
  { start: 0, end: body.indexOf("\n") },
  { start: body.indexOf("\n") + 1, end: body.length },
];
const sentences = [
  { start: 0, end: body.indexOf(".") + 1 },
  { start: body.indexOf("وقتل"), end: body.indexOf("\n") },
  { start: body.indexOf("واندلعت"), end: body.length },
];

function textOf(segments: ReturnType<typeof segmentArticle>): string {
  return segments.map((p) => p.sentences.map((s) => s.pieces.map((piece) => piece.text).join("")).join("")).join("\n");
}

describe("segmentArticle", () => {
  it("keeps every character of the body", () => {
    const segments = segmentArticle(body, paragraphs, sentences, [mention("place", "طفس"), mention("actor", "قوات النظام")]);
    expect(textOf(segments)).toBe(body);
  });
  it("marks each mention with its kind inside its sentence", () => {
    const segments = segmentArticle(body, paragraphs, sentences, [mention("place", "درعا")]);
    const marked = segments[1]?.sentences[0]?.pieces.filter((piece) => piece.mention);
    expect(marked?.map((piece) => [piece.text, piece.mention?.kind])).toEqual([["درعا", "place"]]);
    expect(segments[1]?.sentences[0]?.index).toBe(2);
  });
  it("keeps the space between sentences as unnumbered text", () => {
    const segments = segmentArticle(body, paragraphs, sentences, []);
    expect(segments[0]?.sentences.map((s) => s.index)).toEqual([0, null, 1]);
  });
  it("drops a mention that overlaps an earlier one", () => {
    const segments = segmentArticle(body, paragraphs, sentences, [mention("actor", "قوات النظام"), mention("actor", "النظام")]);
    const marked = segments[0]?.sentences[0]?.pieces.filter((piece) => piece.mention) ?? [];
    expect(marked.map((piece) => piece.text)).toEqual(["قوات النظام"]);
  });
  it("treats a body without paragraphs as one paragraph", () => {
    expect(segmentArticle("نص قصير", [], [], [])).toHaveLength(1);
  });
});

describe("sentenceAt", () => {
  it("finds the sentence holding an offset", () => {
    expect(sentenceAt(sentences, body.indexOf("درعا"))).toBe(2);
  });
  it("returns null outside every sentence", () => {
    expect(sentenceAt(sentences, body.length + 5)).toBeNull();
  });
});
