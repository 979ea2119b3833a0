import type { TextContext } from "./context";
import type { PlaceCandidate } from "./places-candidates";
import { singleCluster } from "./places-resolve";
import type { CueReader } from "./places-tokens";
import { bodySpan, sentenceIndexAt } from "./spans";

/** The governorate most named by places that have no homonym elsewhere; ties go to the first named. */
export function focusOf(accepted: readonly PlaceCandidate[]): string | null {
  const counts = new Map<string, number>();
  for (const c of accepted) {
    const cluster = singleCluster(c);
    if (cluster && !cluster.startsWith("country:")) counts.set(cluster, (counts.get(cluster) ?? 0) + 1);
  }
  let focus: string | null = null;
  let most = 0;
  for (const [cluster, count] of counts) {
    if (count > most) {
      focus = cluster;
      most = count;
    }
  }
  return focus;
}

export function sentenceClusters(ctx: TextContext, reader: CueReader, accepted: readonly PlaceCandidate[]): Map<number, Map<string, number>> {
  const out = new Map<number, Map<string, number>>();
  const add = (sentence: number, cluster: string) => {
    const map = out.get(sentence) ?? new Map<string, number>();
    map.set(cluster, (map.get(cluster) ?? 0) + 1);
    out.set(sentence, map);
  };
  for (const c of accepted) {
    const cluster = singleCluster(c);
    if (cluster) add(c.sentence, cluster);
    // A country named outright (`لبنان`) is evidence for its places too.
    for (const e of c.entries) if (e.kind === "country") add(c.sentence, `country:${e.country ?? "SY"}`);
  }
  for (let i = 0; i < reader.count; i++) {
    if (!reader.mayCarry(i, "demonym")) continue;
    const [demonym] = reader.at(i, "demonym");
    if (!demonym) continue;
    const start = bodySpan(ctx, ctx.tokens.starts[i] ?? 0, ctx.tokens.ends[i] ?? 0).start;
    add(sentenceIndexAt(ctx, start), `country:${demonym.country}`);
  }
  return out;
}
