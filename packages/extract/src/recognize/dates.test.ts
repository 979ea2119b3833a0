import { describe, expect, it } from "vitest";
import { matchingKey } from "../normalize/matching-key";
import { tokenize } from "../normalize/tokens";
import { type DateExpression, findDates } from "./dates";

function dates(source: string, anchor: string | null): Array<Pick<DateExpression, "value" | "precision"> & { text: string }> {
  const key = matchingKey(source).text;
  return findDates(key, tokenize(key), anchor).map((d) => ({ text: key.slice(d.start, d.end), value: d.value, precision: d.precision }));
}

/** The only date of a phrase, as `[matched text, value, precision]`. */
function only(source: string, anchor: string | null): [string, string | null, string] {
  const found = dates(source, anchor);
  expect(found).toHaveLength(1);
  const [d] = found;
  return d ? [d.text, d.value, d.precision] : ["", null, ""];
}

// Reference dates: the seeds' publication days.
const TUE_2018 = "2018-07-03"; // Tuesday
const THU_2021 = "2021-07-29"; // Thursday
const TUE_2022 = "2022-03-15"; // Tuesday
const WED_2021 = "2021-08-04"; // Wednesday

describe("absolute dates", () => {
  it.each<[string, string, string, string]>([
    ["2018.07.03 | 11:07 دمشق", "2018.07.03", "2018-07-03", "day"],
    ["بتاريخ 03/07/2018 قرب", "03/07/2018", "2018-07-03", "day"],
    ["في 2018/7/3", "2018/7/3", "2018-07-03", "day"],
    ["يوم 3-7-2018", "يوم 3-7-2018", "2018-07-03", "day"],
    ["صورة - 15 من آذار 2022 (تجمع أحرار حوران)", "15 من اذار 2022", "2022-03-15", "day"],
    ["في 15 آذار 2022 وقعت", "15 اذار 2022", "2022-03-15", "day"],
    ["في ١٥ آذار/مارس ٢٠٢٢", "15 اذار/مارس 2022", "2022-03-15", "day"],
    ["في 3 تموز (يوليو) 2018", "3 تموز (يوليو) 2018", "2018-07-03", "day"],
    ["في 1 كانون الثاني 2019", "1 كانون الثاني 2019", "2019-01-01", "day"],
    ["في 25 كانون الأول 2020", "25 كانون الاول 2020", "2020-12-25", "day"],
    ["في 10 إبريل 2017", "10 ابريل 2017", "2017-04-10", "day"],
    ["في 5 أغسطس، 2013", "5 اغسطس, 2013", "2013-08-05", "day"],
    ["في نيسان 2021، للتحقيق", "نيسان 2021", "2021-04-01", "month"],
    ["منذ شهر تموز عام 2017", "شهر تموز عام 2017", "2017-07-01", "month"],
    ["في تشرين الثاني من عام 2016", "تشرين الثاني من عام 2016", "2016-11-01", "month"],
    ["في عام 2020، انتهت", "عام 2020", "2020-01-01", "year"],
    ["منذ 2011، تشهد", "2011", "2011-01-01", "year"],
    ["في صيف عام 2018، ورغم", "صيف عام 2018", "2018-01-01", "year"],
    ["خلال شتاء 2019 نزح", "شتاء 2019", "2019-01-01", "year"],
    ["أواخر عام 2017", "اواخر عام 2017", "2017-01-01", "year"],
    ["مطلع آذار 2022", "مطلع اذار 2022", "2022-03-01", "month"],
    ["في الأول من نيسان 2018", "الاول من نيسان 2018", "2018-04-01", "day"],
    ["في الحادي والعشرين من حزيران 2019", "الحادي والعشرين من حزيران 2019", "2019-06-21", "day"],
  ])("%s", (source, text, value, precision) => {
    expect(only(source, null)).toEqual([text, value, precision]);
  });
});

describe("relative days against a publication date", () => {
  it.each<[string, string, string, string]>([
    ["شنت قوات النظام، صباح اليوم الأربعاء، حملة", WED_2021, "صباح اليوم الاربعاء", "2021-08-04"],
    ["أصدروا بياناً اليوم ينص على", WED_2021, "اليوم", "2021-08-04"],
    ["إعلان اللجنة، أمس الثلاثاء، خروج المطلوبين", WED_2021, "امس الثلاثاء", "2021-08-03"],
    ["في بيان، مساء أمس الإثنين إنها", TUE_2018, "مساء امس الاثنين", "2018-07-02"],
    ["في بيان وصل لأورينت أول أمس، إنه", WED_2021, "اول امس", "2021-08-02"],
    ["الاجتماع أول أمس الأحد", TUE_2018, "اول امس الاحد", "2018-07-01"],
    ["أعلن أمس انسحابه", TUE_2018, "امس", "2018-07-02"],
    ["سيعقد الاجتماع غداً", TUE_2018, "غدا", "2018-07-04"],
    ["وقال في بيانٍ له، الاثنين، إنهم", WED_2021, "الاثنين", "2021-08-02"],
    ["ومساء الأحد شهدت أحياء المدينة", WED_2021, "مساء الاحد", "2021-08-01"],
    ["حاولت قوات النظام، السبت، التقدم", WED_2021, "السبت", "2021-07-31"],
    ["الاجتماع الذي جرى يوم السبت الفائت", TUE_2018, "يوم السبت الفايت", "2018-06-30"],
    ["الاتفاق الذي تم التوصل إليه الأحد الماضي، ويقضي", THU_2021, "الاحد الماضي", "2021-07-25"],
    ["حاولوا، صباح اليوم الخميس، اقتحام", THU_2021, "صباح اليوم الخميس", "2021-07-29"],
    ["قصف الأربعاء الأحياء", THU_2021, "الاربعاء", "2021-07-28"],
    ["قصف الخميس الأحياء", THU_2021, "الخميس", "2021-07-29"],
    ["الخميس الماضي", THU_2021, "الخميس الماضي", "2021-07-22"],
    ["سيعقد الخميس المقبل", THU_2021, "الخميس المقبل", "2021-08-05"],
    ["يوم الجمعة القادم", THU_2021, "يوم الجمعه القادم", "2021-07-30"],
    ["هاجموا ليلة الجمعة النقطة", TUE_2018, "ليله الجمعه", "2018-06-28"],
    ["هاجموا ليلة الجمعة النقطة", "2018-06-29", "ليله الجمعه", "2018-06-28"],
    ["عشية الأحد", TUE_2018, "عشيه الاحد", "2018-06-30"],
    ["ليلة السبت الأحد", TUE_2018, "ليله السبت الاحد", "2018-06-30"],
    ["ليلة السبت على الأحد", TUE_2018, "ليله السبت علي الاحد", "2018-06-30"],
    ["ليلة الخميس-الجمعة", TUE_2018, "ليله الخميس-الجمعه", "2018-06-28"],
    ["في الخامس عشر من آذار", TUE_2022, "الخامس عشر من اذار", "2022-03-15"],
    ["فجر السبت", TUE_2018, "فجر السبت", "2018-06-30"],
    ["وبدأت منذ 15 يوماً، قوات النظام", TUE_2018, "منذ 15 يوما", "2018-06-18"],
    ["قبل يومين", TUE_2018, "قبل يومين", "2018-07-01"],
    ["قبل ثلاثة أيام", TUE_2018, "قبل ثلاثه ايام", "2018-06-30"],
    ["سيعود بعد يومين", TUE_2018, "بعد يومين", "2018-07-05"],
    ["بدأت منذ ساعات الصباح", WED_2021, "منذ ساعات", "2021-08-04"],
    ["مواجهات اليوم، الثلاثاء، في مدينة جاسم", TUE_2022, "اليوم, الثلاثاء", "2022-03-15"],
    ["اليوم، الثلاثاء 15 من آذار، فإن", TUE_2022, "اليوم, الثلاثاء 15 من اذار", "2022-03-15"],
    ["في 28 كانون الأول قُتل", "2022-01-03", "28 كانون الاول", "2021-12-28"],
  ])("%s (published %s)", (source, anchor, text, value) => {
    expect(only(source, anchor)).toEqual([text, value, "day"]);
  });
});

describe("weeks, months and years relative to publication", () => {
  it.each<[string, string, string, string, string]>([
    ["وخلال الأسبوع الفائت أعلنت", WED_2021, "الاسبوع الفايت", "2021-07-24", "week"],
    ["خلال الأسبوع الماضي", TUE_2018, "الاسبوع الماضي", "2018-06-23", "week"],
    ["هذا الأسبوع", TUE_2018, "هذا الاسبوع", "2018-06-30", "week"],
    ["منذ أسبوعين", TUE_2018, "منذ اسبوعين", "2018-06-16", "week"],
    ["الشهر الماضي", TUE_2018, "الشهر الماضي", "2018-06-01", "month"],
    ["مطلع الشهر الجاري", TUE_2018, "مطلع الشهر الجاري", "2018-07-01", "month"],
    ["منتصف الشهر", TUE_2022, "منتصف الشهر", "2022-03-01", "month"],
    ["أواخر الشهر الماضي", "2022-01-10", "اواخر الشهر الماضي", "2021-12-01", "month"],
    ["في آذار الماضي", TUE_2022, "اذار الماضي", "2021-03-01", "month"],
    ["في شباط الماضي", TUE_2022, "شباط الماضي", "2022-02-01", "month"],
    ["في شهر أيار", TUE_2022, "شهر ايار", "2021-05-01", "month"],
    ["في مارس", TUE_2022, "مارس", "2022-03-01", "month"],
    ["منتصف آب", TUE_2022, "منتصف اب", "2021-08-01", "month"],
    ["قبل ثلاثة أشهر", TUE_2022, "قبل ثلاثه اشهر", "2021-12-01", "month"],
    ["العام الماضي", TUE_2022, "العام الماضي", "2021-01-01", "year"],
    ["السنة الماضية", TUE_2022, "السنه الماضيه", "2021-01-01", "year"],
    ["صيف العام الماضي", TUE_2022, "صيف العام الماضي", "2021-01-01", "year"],
    ["منذ عامين", TUE_2022, "منذ عامين", "2020-01-01", "year"],
  ])("%s (published %s)", (source, anchor, text, value, precision) => {
    expect(only(source, anchor)).toEqual([text, value, precision]);
  });
});

describe("dates without a publication date, and back references", () => {
  it("keeps relative expressions with their span but no value", () => {
    expect(dates("صباح اليوم الأربعاء، أمس، السبت الفائت، منذ 15 يوماً، الأسبوع الماضي", null)).toEqual([
      { text: "صباح اليوم الاربعاء", value: null, precision: "unknown" },
      { text: "امس", value: null, precision: "unknown" },
      { text: "السبت الفايت", value: null, precision: "unknown" },
      { text: "منذ 15 يوما", value: null, precision: "unknown" },
      { text: "الاسبوع الماضي", value: null, precision: "unknown" },
    ]);
  });

  it("reads a day and month without a year as unresolved when there is no anchor", () => {
    expect(only("اليوم، الثلاثاء 15 من آذار", null)).toEqual(["اليوم, الثلاثاء 15 من اذار", null, "unknown"]);
  });

  it("resolves `اليوم ذاته` and `اليوم التالي` to the last day mentioned", () => {
    const key = matchingKey("هاجموا أمس الإثنين المدينة، وفي اليوم التالي انسحبوا، وفي صباح اليوم ذاته قصفوا").text;
    const found = findDates(key, tokenize(key), TUE_2018);
    expect(found.map((d) => [d.value, d.anaphoric ?? false])).toEqual([
      ["2018-07-02", false],
      ["2018-07-03", true],
      ["2018-07-03", true],
    ]);
  });

  it("leaves `بعد يومين على …` unresolved: it counts from another event, not from publication", () => {
    expect(only("جاء بعد يومين على إعلان لجنة التفاوض", TUE_2018)).toEqual(["بعد يومين", null, "unknown"]);
  });

  it("reports the weekday and part of day it read", () => {
    const key = matchingKey("مساء الأحد").text;
    const [d] = findDates(key, tokenize(key), WED_2021);
    expect(d).toMatchObject({ weekday: 0, partOfDay: "evening", relative: true, value: "2021-08-01" });
  });

  it("says which relative day and which stretch of time it read", () => {
    const key = matchingKey("اليوم، الثلاثاء 15 من آذار، بعد يومين على إعلان، ومنذ 15 يوماً").text;
    expect(findDates(key, tokenize(key), TUE_2022).map((d) => [d.relativeDay, d.span])).toEqual([
      [0, undefined],
      [undefined, { direction: 1, unit: "day", amount: 2 }],
      [undefined, { direction: -1, unit: "day", amount: 15 }],
    ]);
  });

  it("marks a season and a part of a period", () => {
    const key = matchingKey("في صيف عام 2018 ومنتصف آذار 2022").text;
    expect(findDates(key, tokenize(key), null).map((d) => [d.season, d.part])).toEqual([
      ["summer", undefined],
      [undefined, "mid"],
    ]);
  });
});

describe("words that look like dates but are not", () => {
  it.each<[string]>([
    ["إنها تمكنت لليوم الثاني على التوالي"],
    ["في اليوم الأول من المعركة"],
    ["بمناسبة اليوم العالمي للمرأة"],
    ["كان أحد المطلوبين في المدينة"],
    ["لم يصب أحد بأذى"],
    ["مقتل اثنين من العناصر"],
    ["كلا الاثنين قتلا في القصف"],
    ["قوات شباب السنة سلمت المدينة"],
    ["خلال السنة قتل"],
    ["الرأي العام"],
    ["لأول مرة منذ عقد الاتفاق"],
    ["نقلت وكالة سانا"],
    ["الأب وابنه"],
    ["مارس النظام ضغوطاً على اللجنة"],
    ["قال إن آب الضحية"],
    ["قتل 15 شخصاً"],
    ["من عيار 23"],
    ["بعد ذلك"],
    ["قبل الظهر"],
  ])("%s", (source) => {
    expect(dates(source, TUE_2018)).toEqual([]);
  });
});
