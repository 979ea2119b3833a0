import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { extract } from "@marsad/extract";
import { type Command, UsageError } from "./registry";

/** `marsad summary [DIR]`: extracts a folder of articles and prints a readable line or two per article. */
export const summaryCommand: Command = {
  name: "summary",
  summary: "extract a folder of articles (default seeds/) and print title, outlet, date and counts",
  usage: "marsad summary [DIR]",
  async run(args) {
    const dir = resolve(process.env.INIT_CWD ?? process.cwd(), args[0] ?? "seeds");
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`not a directory: ${dir}`);
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()) {
      const result = extract(readFileSync(join(dir, name), "utf8"));
      const { article } = result;
      const outlet = article.outlet ? `${article.outlet.name} (${article.outlet.nameEn})` : "—";
      const published = article.published ? `${article.published} (from ${article.publishedFrom})` : "—";
      process.stdout.write(`\n${name}\n  ${article.title}\n  outlet: ${outlet}   published: ${published}\n`);
      process.stdout.write(
        `  ${result.places.length} places · ${result.actors.length} actors · ${result.persons.length} persons · ${result.sources.length} sources · ${result.events.length} events · ${result.figures.length} figures\n`,
      );
      for (const event of result.events) {
        const place = result.places.find((p) => p.id === event.place);
        const flags = [event.background ? "background" : "", event.disputed ? "disputed" : ""].filter(Boolean).join(", ");
        process.stdout.write(`    · ${event.date.value ?? "date ?"}  ${event.subEventType} — ${place?.nameEn ?? "place ?"}${flags ? ` (${flags})` : ""}\n`);
      }
    }
    return 0;
  },
};
