import { describe, expect, it } from "vitest";
import { actorEntries, weaponEntries } from "../lexicon/registries";
import { keyOf } from "../normalize/matching-key";
import { recognizeWeapons, weaponsOf } from "./weapons";
import { contextOf } from "./test-context";

const weapons = (body: string) => weaponsOf(recognizeWeapons(contextOf(body)).mentions);

describe("weapon lexicon", () => {
  it("writes forms a token matcher can reach and gives each to one weapon", () => {
    const owner = new Map<string, string>();
    for (const entry of weaponEntries()) {
      for (const form of entry.forms) {
        const key = keyOf(form);
        expect(key, form).toMatch(/^[\u0621-\u064a0-9a-z ]+$/);
        expect(owner.get(key) ?? entry.weapon, form).toBe(entry.weapon);
        owner.set(key, entry.weapon);
      }
    }
  });
});

describe("recognizeWeapons", () => {
  it("maps tanks in every number and model names", () => {
    expect(weapons("تمكنوا من إعطاب دبابتين")).toEqual(["tank"]);
    expect(weapons('دمرت عربة "BMP" وأربع دبابات مِن طراز "T72 و T55"')).toEqual(["armored_vehicle", "tank"]);
  });

  it("tells the Shilka and 23 mm guns (anti-aircraft) from heavy machine guns", () => {
    expect(weapons("قصف بالرشاشات الثقيلة (الشيلكا)")).toEqual(["heavy_machine_gun", "anti_aircraft_gun"]);
    expect(weapons("سيارات تحمل رشاشات مضادة للطائرات من عيار “23”")).toEqual(["anti_aircraft_gun"]);
  });

  it("reads surface-to-surface rockets, Fil rockets and launchers", () => {
    expect(weapons("قصف بصواريخ أرض- أرض من نوع “فيل”")).toEqual(["surface_to_surface_missile"]);
    expect(weapons("استهدفت الأحياء براجمات الصواريخ")).toEqual(["rocket_launcher"]);
  });

  it("reads anti-armour missiles even when written with a detached لـ", () => {
    expect(weapons('دمّرت بـ صواريخ مضادة لـ الدورع عربة "BMP"')).toEqual(["atgm", "armored_vehicle"]);
    expect(weapons("استهدفوها بصاروخ كورنيت")).toEqual(["atgm"]);
  });

  it("reads RPGs, barrel and cluster bombs, suicide belts", () => {
    expect(weapons("استهداف آلية بقذيفة صاروخية")).toEqual(["rpg"]);
    expect(weapons('إلقاء براميل متفجرة بينها براميل تحمل قنابل "عنقودية"')).toEqual(["barrel_bomb", "cluster_munition"]);
    expect(weapons("أقدم على تفجير نفسه بحزام ناسف")).toEqual(["suicide_belt"]);
  });

  it("reads air and artillery strikes and mortars", () => {
    expect(weapons("مع قصفٍ جوي ومدفعي على المدينة")).toEqual(["airstrike", "artillery"]);
    expect(weapons("بشظايا قذيفة هاون")).toEqual(["mortar"]);
  });

  it("keeps a weapon reading of a phrase that also names an actor", () => {
    expect(weapons("شن الطيران الروسي غارات على البلدة")).toEqual(["airstrike"]);
  });

  it("does not read a march (مسيرة) as a drone", () => {
    expect(weapons("خرجت مسيرة احتجاجية في المدينة")).toEqual([]);
    expect(weapons("استهدفت طائرة مسيرة سيارة")).toEqual(["drone", "car_bomb"].slice(0, 1));
  });
});

describe("recognizeWeapons: weapons not used", () => {
  it("leaves out weapons handed over or smuggled", () => {
    expect(weapons("ويقضي الاتفاق بتسليم السلاح الخفيف الموجود بيد بعض الأشخاص.")).toEqual([]);
    expect(weapons("وضبطت الدورية شحنة أسلحة خفيفة.")).toEqual([]);
    expect(weapons("توصلت اللجنة إلى اتفاق يقضي بوقف إطلاق النار.")).toEqual([]);
    expect(weapons("قتل شاب برصاص قناص.")).toEqual(["sniper"]);
  });

  it("lists every air phrase that names an actor in the weapon lexicon too, so one hit carries both readings", () => {
    const weaponKeys = new Set(weaponEntries().flatMap((e) => e.forms.map(keyOf)));
    const air = /^(ال)?(طيران|طائرات|مقاتلات|مروحيات|مسيرات|مسيره|مدفعيه)( |$)/;
    for (const actor of actorEntries()) {
      for (const form of actor.aliases.map(keyOf).filter((k) => air.test(k))) expect(weaponKeys, `${actor.id}: ${form}`).toContain(form);
    }
  });
});

describe("recognizeWeapons: weapons inside longer phrases of other lexicons", () => {
  it("finds a car bomb inside an event phrase", () => {
    expect(weapons("قتل مدنيان بانفجار سيارة مفخخة في مدينة عفرين.")).toEqual(["car_bomb"]);
  });
});
