import pg from "pg";
import { openStore } from "../src/index";
import { freshDatabase } from "../src/testing/targets";
import { extractAll, storeAll } from "./ingest";
import { variants } from "./variants";
const times = new Map<string, [number, number]>();
const orig = pg.Client.prototype.query;
// biome-ignore lint/suspicious/noExplicitAny: temporary profiling shim
(pg.Client.prototype as any).query = function (this: pg.Client, ...args: any[]) {
  const text = typeof args[0] === "string" ? args[0] : args[0]?.text ?? "?";
  const key = String(text).replace(/\s+/g, " ").slice(0, 70);
  const t = performance.now();
  // biome-ignore lint/suspicious/noExplicitAny: temporary profiling shim
  const r: any = (orig as any).apply(this, args);
  if (r && typeof r.then === "function") r.then(() => { const e = times.get(key) ?? [0, 0]; e[0] += performance.now() - t; e[1]++; times.set(key, e); }, () => undefined);
  return r;
};
const items = [...variants("../../seeds", 100)];
const { extracted } = extractAll(items);
const db = await freshDatabase();
const store = await openStore({ url: db.url });
times.clear();
const t = performance.now();
const r = await storeAll(store, extracted, 1);
const total = performance.now() - t;
let sum = 0;
for (const [, [ms]] of times) sum += ms;
console.log("serial", r.seconds.toFixed(1), "s; time in queries", (sum / 1000).toFixed(1), "s of", (total / 1000).toFixed(1));
for (const [k, [ms, n]] of [...times].sort((a, b) => b[1][0] - a[1][0]).slice(0, 14)) console.log(ms.toFixed(0).padStart(6), String(n).padStart(5), k);
await store.close();
await db.drop();
