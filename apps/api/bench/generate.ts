import type pg from "pg";

/** Event types weighted roughly as in southern Syria (battles and shelling dominate). */
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
];

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Fills a migrated store database with `events` synthetic events over `articles` articles, in SQL (the same
 * approach as the store's own bench): places, actors and outlets come from the lexicon tables, dates span 11 years.
 */
export async function generateEvents(client: pg.Client, articles: number, events: number): Promise<void> {
  const run = (text: string) => client.query(text);
  await run("set maintenance_work_mem = '256MB'");
  await run("truncate table figures, events, incidents, changes, articles restart identity cascade");
  await run(`create temp table pl as select row_number() over (order by id) as rn, id, lat, lon, name,
      array_remove(array[id, admin3, admin2, admin1], null) as path
    from places where kind in ('town', 'city', 'village') and lat is not null`);
  await run("create temp table ac as select row_number() over (order by id) as rn, id, name from actors");
  await run("create temp table ou as select row_number() over (order by id) as rn, id from outlets");
  await run(`insert into articles (id, content_hash, raw_hash, raw, raw_format, outlet_id, title, body, published, published_from, extraction, extractor_version, search_key)
    select 'bench' || lpad(g::text, 11, '0'), md5(g::text) || 'c', md5(g::text) || 'r', '', 'text',
      (select id from ou where rn = 1 + g % (select count(*) from ou)), 'عنوان ' || g, '',
      date '2013-01-01' + (g * 7 % 4000), 'hint', '{}'::jsonb, '0.0.0-bench', ''
    from generate_series(1, ${articles}) g`);
  const types = `array[${TYPES.map(([t]) => quote(t)).join(",")}]`;
  const subs = `array[${TYPES.map(([, s]) => quote(s)).join(",")}]`;
  await run(`insert into events (article_id, local_id, ordinal, event_type, sub_event_type, date, date_precision, date_text,
      sort_date, place_id, geo_precision, lat, lon, place_path, actor1, actor2, assoc_actors, actors, fatalities,
      fatalities_best, materiel, weapons, background, disputed, trigger, evidence, origins, confidence, outlet_id, search_key)
    select a.id, 'e' || (g % 5 + 1), (g % 5)::int, (${types})[k], (${subs})[k], d, 'day', '', d,
      p.id, 1, p.lat, p.lon, p.path, a1.id, case when g % 3 = 0 then null else a2.id end, '{}',
      array_remove(array[a1.id, case when g % 3 = 0 then null else a2.id end], null),
      case when g % 4 = 0 then jsonb_build_object('count', g % 7, 'min', null, 'max', null, 'exact', true) end,
      case when g % 4 = 0 then (g % 7)::int end, '[]', '{}', g % 20 = 0, g % 50 = 0,
      '{"text":"قصف","start":0,"end":3}', '[{"start":0,"end":3}]',
      '{"place":"sentence","date":"sentence","actor1":"clause","actor2":"none"}', 0.7, a.outlet_id,
      translate(p.name || ' ' || a1.name, 'أإآةى', 'اااهي')
    from (select g, 1 + (g * 7919) % ${TYPES.length} as k, date '2013-01-01' + ((g::bigint * 2654435761) % 4000)::int as d
          from generate_series(1::bigint, ${events}) g) s
    join articles a on a.id = 'bench' || lpad((1 + s.g % ${articles})::text, 11, '0')
    join pl p on p.rn = 1 + (s.g * 104729) % (select count(*) from pl)
    join ac a1 on a1.rn = 1 + (s.g * 31) % (select count(*) from ac)
    join ac a2 on a2.rn = 1 + (s.g * 17 + 5) % (select count(*) from ac)`);
  await run("vacuum analyze");
}
