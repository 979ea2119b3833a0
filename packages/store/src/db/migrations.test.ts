import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { adminUrl, freshDatabase, postgresProblem } from "../testing/targets";

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "migrations");

/** The committed migrations up to (not including) `tag`, as a database deployed before it would have them. */
function migrationsBefore(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), "marsad-migrations-"));
  cpSync(MIGRATIONS, dir, { recursive: true });
  const journalPath = join(dir, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: Array<{ tag: string }> };
  const cut = journal.entries.findIndex((e) => e.tag.startsWith(tag));
  if (cut < 0) throw new Error(`no migration ${tag}`);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }));
  return dir;
}

const OLD_ROWS = `
  insert into places (id, name, name_en, kind, admin1, admin2) values
    ('gov', 'g', 'g', 'governorate', null, null), ('town', 't', 't', 'town', 'gov', 'dist');
  insert into articles (id, content_hash, raw_hash, raw, raw_format, title, body, extraction, extractor_version, search_key)
    values ('a1', 'c', 'r', '', 'text', '', '', '{}', '0', '');
  insert into events (article_id, local_id, ordinal, event_type, sub_event_type, date_precision, date_text, sort_date,
      place_id, geo_precision, place_path, assoc_actors, actors, materiel, weapons, background, disputed, trigger,
      evidence, origins, confidence, search_key)
    values ('a1', 'e1', 0, 'Battles', 'Armed clash', 'day', '', '2021-07-01', 'town', 1, '{town,dist,gov}', '{}', '{}',
      '[]', '{}', false, false, '{}', '[]', '{}', 1, 'قصف طفس'),
      ('a1', 'e2', 1, 'Battles', 'Armed clash', 'day', '', '2021-07-02', null, 1, '{}', '{}', '{}',
      '[]', '{}', false, false, '{}', '[]', '{}', 1, 'اشتباكات');`;

/**
 * Deploys the migrations before `tag` on PGlite or PostgreSQL, stores `OLD_ROWS`, applies every migration, and runs
 * `select`: what a store deployed before `tag` holds after upgrading. Null when PostgreSQL is not reachable (the
 * store suites say why PostgreSQL is skipped).
 */
async function rowsAfterUpgrade(
  target: "pglite" | "postgres",
  tag: string,
  select: string,
  cleanups: Array<() => Promise<void> | void>,
): Promise<Array<Record<string, unknown>> | null> {
  const before = migrationsBefore(tag);
  cleanups.push(() => rmSync(before, { recursive: true, force: true }));
  if (target === "pglite") {
    const client = await PGlite.create("memory://", { extensions: { pg_trgm } });
    cleanups.push(() => client.close());
    const db = drizzlePglite(client);
    await migratePglite(db, { migrationsFolder: before });
    await client.exec(OLD_ROWS);
    await migratePglite(db, { migrationsFolder: MIGRATIONS });
    return (await client.query<Record<string, unknown>>(select)).rows;
  }
  if ((await postgresProblem(adminUrl())) !== null) return null;
  const database = await freshDatabase();
  const pool = new pg.Pool({ connectionString: database.url, max: 1 });
  cleanups.push(async () => {
    await pool.end();
    await database.drop();
  });
  const db = drizzleNodePg(pool);
  await migrateNodePg(db, { migrationsFolder: before });
  await pool.query(OLD_ROWS);
  await migrateNodePg(db, { migrationsFolder: MIGRATIONS });
  return (await pool.query<Record<string, unknown>>(select)).rows;
}

const UPGRADES: Array<{ tag: string; select: string; gives: string; expected: Array<Record<string, unknown>> }> = [
  {
    tag: "0005",
    select: "select local_id, admin1 from events order by local_id",
    gives: "events their governorate",
    expected: [{ local_id: "e1", admin1: "gov" }, { local_id: "e2", admin1: null }],
  },
  {
    tag: "0007",
    select: "select local_id, admin2 from events order by local_id",
    gives: "events their district",
    expected: [{ local_id: "e1", admin2: "dist" }, { local_id: "e2", admin2: null }],
  },
  {
    tag: "0011",
    // Each key once, found again by the text a search would look for.
    select: "select id, events_key like '%طفس%' and events_key like '%اشتباكات%' as holds_both, length(events_key) as length from articles",
    gives: "articles their events' keys",
    expected: [{ id: "a1", holds_both: true, length: "قصف طفس اشتباكات".length }],
  },
];

describe("migrations over existing data", () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  for (const { tag, select, gives, expected } of UPGRADES) {
    for (const target of ["pglite", "postgres"] as const) {
      it(`gives ${gives} when stored before migration ${tag} (${target === "pglite" ? "PGlite" : "PostgreSQL"})`, async () => {
        const rows = await rowsAfterUpgrade(target, tag, select, cleanups);
        if (rows === null) return;
        expect(rows).toEqual(expected);
      });
    }
  }
});
