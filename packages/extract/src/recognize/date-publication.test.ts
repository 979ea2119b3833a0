import { describe, expect, it } from "vitest";
import { matchingKey } from "../normalize/matching-key";
import { tokenize } from "../normalize/tokens";
import { findPublicationDate } from "./date-publication";
import { readDates } from "./dates";

/** Dates as the body's own reading gives them: what extract() passes for the opening paragraphs. */
const readOf = (text: string) => {
  const key = matchingKey(text).text;
  return readDates(key, tokenize(key));
};

describe("findPublicationDate", () => {
  it("reads a dateline's date (seed 002)", () => {
    expect(findPublicationDate({ datelines: ["2018.07.03 | 11:07 دمشق"], captions: [], header: "" })).toEqual({
      value: "2018-07-03",
      source: "dateline",
    });
  });

  it("reads `اليوم، الثلاثاء 15 من آذار` with the year from a caption of the same day (seed 004)", () => {
    const found = findPublicationDate({
      datelines: [],
      captions: ["مقاتل محلي في مدينة جاسم شمالي درعا في أثناء استهدافه عربة مدرعة تابعة لقوات النظام في المدينة- 15 من آذار 2022 (تجمع أحرار حوران)"],
      header: "وبحسب ما قاله قيادي سابق بفصائل المعارضة في المدينة اليوم، الثلاثاء 15 من آذار، فإن الانسحاب جاء بعد مفاوضات",
    });
    expect(found).toEqual({ value: "2022-03-15", source: "text" });
  });

  it("picks the year in which the stated weekday fits, near a caption's year, when the caption is of another day", () => {
    const found = findPublicationDate({
      datelines: [],
      captions: ["عناصر من قوات النظام - 2 من كانون الثاني 2023"],
      header: "قال مصدر اليوم، الثلاثاء 15 من آذار، إن",
    });
    expect(found).toEqual({ value: "2022-03-15", source: "text" });
  });

  it("finds today among dates already read from the opening paragraphs, after the title's own", () => {
    const opening = readOf("أعلنت اللجنة اليوم الأربعاء 4 آب 2021 أن القصف توقف");
    expect(findPublicationDate({ datelines: [], captions: [], header: "قصف على درعا", followingDates: opening })).toEqual({
      value: "2021-08-04",
      source: "text",
    });
    const titled = findPublicationDate({ datelines: [], captions: [], header: "اليوم الخميس 5 آب 2021", followingDates: opening });
    expect(titled).toEqual({ value: "2021-08-05", source: "text" });
  });

  it("takes a full date said to be today from the text itself", () => {
    expect(findPublicationDate({ datelines: [], captions: [], header: "أعلنت اللجنة اليوم الأربعاء 4 آب 2021 أن" })).toEqual({
      value: "2021-08-04",
      source: "text",
    });
  });

  it("falls back to a caption's date, but not a file photo's", () => {
    expect(findPublicationDate({ datelines: [], captions: ["دورية روسية في درعا - 12 من أيار 2021"], header: "قصف اليوم" })).toEqual({
      value: "2021-05-12",
      source: "caption",
    });
    expect(findPublicationDate({ datelines: [], captions: ["دورية روسية في درعا - 12 من أيار 2019 (أرشيفية)"], header: "" })).toBeNull();
  });

  it("prefers the dateline over the text and the caption", () => {
    const found = findPublicationDate({
      datelines: ["2022.03.16 | 09:00"],
      captions: ["- 15 من آذار 2022"],
      header: "اليوم، الثلاثاء 15 من آذار",
    });
    expect(found).toEqual({ value: "2022-03-16", source: "dateline" });
  });

  it("returns null when the text never says its date (seeds 000, 001, 003)", () => {
    expect(findPublicationDate({ datelines: [], captions: [], header: "شنت قوات النظام، صباح اليوم الأربعاء، حملة عسكرية" })).toBeNull();
    expect(findPublicationDate({ datelines: [], captions: [], header: "اليوم، الثلاثاء 15 من آذار" })).toBeNull();
    expect(findPublicationDate({ datelines: ["11:07 دمشق"], captions: [], header: "" })).toBeNull();
  });
});
