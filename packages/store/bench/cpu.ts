import { readFileSync } from "node:fs";
import pg from "pg";

/** CPU seconds of this process (all its threads), for figures that do not depend on the machine's other load. */
export function processCpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

const TICKS = 100; // USER_HZ on Linux

function pidCpu(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return 0; // gone, or another machine
  }
}

/**
 * CPU seconds the server's backends for one database have used (read from /proc: the server must run on this
 * machine). Sample before and after a phase: backends started during it count from zero.
 */
export async function serverCpu(url: string): Promise<() => Promise<number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const sample = async (): Promise<Map<number, number>> => {
    const { rows } = await client.query<{ pid: number }>(
      "select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()",
    );
    return new Map(rows.map((r) => [r.pid, pidCpu(r.pid)]));
  };
  const before = await sample();
  return async () => {
    const after = await sample();
    await client.end();
    let total = 0;
    for (const [pid, cpu] of after) total += cpu - (before.get(pid) ?? 0);
    return total;
  };
}
