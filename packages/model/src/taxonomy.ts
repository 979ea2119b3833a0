import { z } from "zod";

/** ACLED's event taxonomy, exact English strings, with the Arabic labels the site and API show. */
export const TAXONOMY = {
  Battles: {
    ar: "معارك",
    subTypes: {
      "Armed clash": "اشتباك مسلح",
      "Government regains territory": "استعادة الحكومة لأراضٍ",
      "Non-state actor overtakes territory": "سيطرة جهة غير حكومية على أراضٍ",
    },
  },
  "Explosions/Remote violence": {
    ar: "انفجارات/عنف عن بعد",
    subTypes: {
      "Chemical weapon": "سلاح كيميائي",
      "Air/drone strike": "غارة جوية/بطائرة مسيّرة",
      "Suicide bomb": "تفجير انتحاري",
      "Shelling/artillery/missile attack": "قصف مدفعي/صاروخي",
      "Remote explosive/landmine/IED": "عبوة ناسفة/لغم",
      Grenade: "قنبلة يدوية",
    },
  },
  "Violence against civilians": {
    ar: "عنف ضد المدنيين",
    subTypes: {
      "Sexual violence": "عنف جنسي",
      Attack: "هجوم",
      "Abduction/forced disappearance": "اختطاف/إخفاء قسري",
    },
  },
  Protests: {
    ar: "احتجاجات",
    subTypes: {
      "Peaceful protest": "احتجاج سلمي",
      "Protest with intervention": "احتجاج مع تدخل",
      "Excessive force against protesters": "قوة مفرطة ضد المحتجين",
    },
  },
  Riots: {
    ar: "أعمال شغب",
    subTypes: {
      "Violent demonstration": "مظاهرة عنيفة",
      "Mob violence": "عنف جماعي",
    },
  },
  "Strategic developments": {
    ar: "تطورات استراتيجية",
    subTypes: {
      Agreement: "اتفاق",
      Arrests: "اعتقالات",
      "Change to group/activity": "تغيير في جماعة/نشاط",
      "Disrupted weapons use": "تعطيل استخدام أسلحة",
      "Headquarters or base established": "إنشاء مقر أو قاعدة",
      "Looting/property destruction": "نهب/تدمير ممتلكات",
      "Non-violent transfer of territory": "انتقال غير عنيف لأراضٍ",
      Other: "أخرى",
    },
  },
} as const;

type Taxonomy = typeof TAXONOMY;
export type EventTypeName = keyof Taxonomy;
export type SubEventTypeName = { [K in EventTypeName]: keyof Taxonomy[K]["subTypes"] }[EventTypeName];

export const EVENT_TYPES = Object.keys(TAXONOMY) as EventTypeName[];
export const SUB_EVENT_TYPES = EVENT_TYPES.flatMap((type) => Object.keys(TAXONOMY[type].subTypes)) as SubEventTypeName[];

export const EventType = z.enum(EVENT_TYPES as [EventTypeName, ...EventTypeName[]]);
export const SubEventType = z.enum(SUB_EVENT_TYPES as [SubEventTypeName, ...SubEventTypeName[]]);

/** The event type a sub-event type belongs to. */
export function eventTypeOf(subType: SubEventTypeName): EventTypeName {
  for (const type of EVENT_TYPES) {
    if (subType in TAXONOMY[type].subTypes) return type;
  }
  throw new Error(`unknown sub-event type: ${subType}`);
}

export const WEAPONS = {
  tank: { en: "Tank", ar: "دبابة" },
  armored_vehicle: { en: "Armored vehicle", ar: "آلية مدرعة" },
  artillery: { en: "Artillery", ar: "مدفعية" },
  mortar: { en: "Mortar", ar: "هاون" },
  rocket_launcher: { en: "Rocket launcher", ar: "راجمة صواريخ" },
  surface_to_surface_missile: { en: "Surface-to-surface missile", ar: "صاروخ أرض-أرض" },
  atgm: { en: "Anti-tank guided missile", ar: "صاروخ مضاد للدروع" },
  rpg: { en: "RPG", ar: "قذيفة صاروخية (آر بي جي)" },
  heavy_machine_gun: { en: "Heavy machine gun", ar: "رشاش ثقيل" },
  anti_aircraft_gun: { en: "Anti-aircraft gun", ar: "مدفع مضاد للطيران" },
  small_arms: { en: "Small arms", ar: "أسلحة خفيفة" },
  sniper: { en: "Sniper", ar: "قناص" },
  airstrike: { en: "Airstrike", ar: "غارة جوية" },
  helicopter: { en: "Helicopter", ar: "مروحية" },
  barrel_bomb: { en: "Barrel bomb", ar: "برميل متفجر" },
  cluster_munition: { en: "Cluster munition", ar: "ذخيرة عنقودية" },
  drone: { en: "Drone", ar: "طائرة مسيّرة" },
  ied: { en: "IED", ar: "عبوة ناسفة" },
  car_bomb: { en: "Car bomb", ar: "سيارة مفخخة" },
  suicide_belt: { en: "Suicide belt", ar: "حزام ناسف" },
  landmine: { en: "Landmine", ar: "لغم أرضي" },
  grenade: { en: "Grenade", ar: "قنبلة يدوية" },
  chemical: { en: "Chemical weapon", ar: "سلاح كيميائي" },
} as const;
export type WeaponName = keyof typeof WEAPONS;
export const WEAPON_NAMES = Object.keys(WEAPONS) as WeaponName[];
export const Weapon = z.enum(WEAPON_NAMES as [WeaponName, ...WeaponName[]]);

/** ACLED actor types (the `inter` codes 1–8, in order). */
export const ACTOR_CATEGORIES = {
  state_forces: { inter: 1, en: "State forces", ar: "قوات حكومية" },
  rebel_group: { inter: 2, en: "Rebel group", ar: "جماعة متمردة" },
  political_militia: { inter: 3, en: "Political militia", ar: "ميليشيا سياسية" },
  identity_militia: { inter: 4, en: "Identity militia", ar: "ميليشيا هوية" },
  rioters: { inter: 5, en: "Rioters", ar: "مثيرو شغب" },
  protesters: { inter: 6, en: "Protesters", ar: "محتجون" },
  civilians: { inter: 7, en: "Civilians", ar: "مدنيون" },
  external_forces: { inter: 8, en: "External/Other forces", ar: "قوات خارجية/أخرى" },
} as const;
export type ActorCategoryName = keyof typeof ACTOR_CATEGORIES;
export const ActorCategory = z.enum(Object.keys(ACTOR_CATEGORIES) as [ActorCategoryName, ...ActorCategoryName[]]);

export const PlaceKind = z.enum([
  "country",
  "region",
  "governorate",
  "district",
  "subdistrict",
  "city",
  "town",
  "village",
  "quarter",
  "camp",
  "crossing",
  "military_site",
  "road",
  "landmark",
]);
export type PlaceKind = z.infer<typeof PlaceKind>;
