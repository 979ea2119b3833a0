import type pg from "pg";

/** Event types with rough ACLED-like weights (battles and shelling dominate in the south). */
const TYPES: Array<[string, string]> = [
  ["Battles", "Armed clash"],
  ["Battles", "Armed clash"],
  ["Battles", "Government regains territory"],
  ["Explosions/Remote violence", "Shelling/artillery/missile attack"],
  ["Explosions/Remote violence", "Shelling/artillery/missile attack"],
  ["Explosions/Remote violence", "Air/drone strike"],
  ["Explosions/Remote violence", "Remote explosive/landmine/IED"],
  ["Violence against civilians", "Attack"],
  ["Violence against civilians", "Abduction/forced disappearance"],
  ["Protests", "Peaceful protest"],
  ["Strategic developments", "Arrests"],
  ["Strategic developments", "Agreement"],
];

const WORDS = ["قصف", "اشتباكات", "مقتل", "اغتيال", "عبوه ناسفه", "اعتقال", "مظاهره", "حاجز", "مدفعيه", "قوات النظام", "الفرقه الرابعه", "مقاتلين محليين"];

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Fills a PostgreSQL store with `events` generated rows over `articles` articles, in SQL (not through the
 * extractor): places, actors and outlets drawn from the lexicon tables, dates over eleven years.
 */
export async function generateEvents(client: pg.Client, articles: number, events: number): Promise<void> {
  // One session throughout: the lookup tables are temporary.
  const run = (text: string) => client.query(text);
  await run("set maintenance_work_mem = '512MB'");
  // Daraa's places first, numbered contiguously, so "a place in Daraa" is a range of row numbers.
  await run(`create temp table pl as
    select row_number() over (order by admin1 is distinct from 'SY12', id) as rn, id, lat, lon, name,
           array_remove(array[id, admin3, admin2, admin1], null) as path,
           coalesce(admin2, case when kind = 'district' then id end) as district
    from places where kind in ('town', 'city', 'village') and lat is not null`);
  await run("create temp table ac as select row_number() over (order by id) as rn, id, name from actors");
  await run("create temp table ou as select row_number() over (order by id) as rn, id from outlets");
  await run(`insert into articles (id, content_hash, raw_hash, raw, raw_format, outlet_id, title, body, published, published_from, extraction, extractor_version, search_key)
    select 'bench' || lpad(g::text, 11, '0'), md5(g::text) || 'c', md5(g::text) || 'r', '', 'text',
           (select id from ou where rn = 1 + g % (select count(*) from ou)), 'عنوان ' || g, '',
           date '2013-01-01' + (g * 7 % 4000), 'hint', '{}'::jsonb, '0.1.0', ''
    from generate_series(1, ${articles}) g`);
  const types = `array[${TYPES.map(([t]) => quote(t)).join(",")}]`;
  const subs = `array[${TYPES.map(([, s]) => quote(s)).join(",")}]`;
  const words = `array[${WORDS.map(quote).join(",")}]`;
  // Independent draws per column (hashes with different salts), so filters combine as they would on real data;
  // six events in ten are placed in Daraa governorate, as in Marsad's southern focus.
  const draw = (salt: string, n: string) => `(1 + (hashtext(s.g::text || '${salt}') & 2147483647) % ${n})`;
  await run(`insert into events (article_id, local_id, ordinal, event_type, sub_event_type, date, date_precision, date_text,
      sort_date, place_id, geo_precision, lat, lon, place_path, actor1, actor2, assoc_actors, actors, fatalities,
      fatalities_best, materiel, weapons, background, disputed, trigger, evidence, origins, confidence, outlet_id, search_key, admin2)
    select a.id, 'e' || (s.g % 5 + 1), (s.g % 5)::int, (${types})[s.k], (${subs})[s.k], s.d, 'day', '', s.d,
           p.id, 1, p.lat, p.lon, p.path, a1.id, case when s.g % 3 = 0 then null else a2.id end, '{}',
           array_remove(array[a1.id, case when s.g % 3 = 0 then null else a2.id end], null),
           case when s.g % 4 = 0 then jsonb_build_object('count', s.g % 7, 'min', null, 'max', null, 'exact', true) end,
           case when s.g % 4 = 0 then (s.g % 7)::int end, '[]', '{}', s.g % 20 = 0, s.g % 50 = 0,
           '{"text":"x","start":0,"end":1}', '[{"start":0,"end":1}]',
           '{"place":"sentence","date":"sentence","actor1":"clause","actor2":"none"}', 0.7, a.outlet_id,
           translate(p.name || ' ' || a1.name || ' ' || (${words})[${draw("w", String(WORDS.length))}], 'أإآةى', 'اااهي'),
           p.district
    from (select g, ${draw("k", String(TYPES.length)).replaceAll("s.g", "g")} as k,
                 date '2013-01-01' + ${draw("d", "4000").replaceAll("s.g", "g")} - 1 as d,
                 (hashtext(g::text || 'south') & 2147483647) % 10 < 6 as south
          from generate_series(1::bigint, ${events}) g) s
    join articles a on a.id = 'bench' || lpad((1 + s.g % ${articles})::text, 11, '0')
    join pl p on p.rn = case when s.south then (select min(rn) from pl where path @> '{SY12}') + ${draw("ps", "(select count(*) from pl where path @> '{SY12}')")} - 1
                             else ${draw("p", "(select count(*) from pl)")} end
    join ac a1 on a1.rn = ${draw("a1", "(select count(*) from ac)")}
    join ac a2 on a2.rn = ${draw("a2", "(select count(*) from ac)")}`);
  // Each article's events_key, as ingestion writes it: its events' keys, each once.
  await run(`update articles a set events_key = k.key
    from (select article_id, string_agg(distinct search_key, ' ') as key from events group by article_id) k
    where k.article_id = a.id`);
  await run("vacuum analyze");
}
