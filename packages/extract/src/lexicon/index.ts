import { gazetteerEntries } from "./gazetteer";
import { cueEntries } from "../events/cue-lexicon";
import { triggerEntries } from "../events/trigger-lexicon";
import { actorEntries, outletEntries, titleEntries, weaponEntries } from "./registries";
import { TokenTrie } from "./trie";
import type { ActorEntry, LexiconValue, OutletEntry, PlaceEntry } from "./types";

/** All lexicons, indexed once: the shared token trie and lookups by id. */
export interface Lexicons {
  readonly trie: TokenTrie<LexiconValue>;
  readonly places: ReadonlyMap<string, PlaceEntry>;
  readonly actors: ReadonlyMap<string, ActorEntry>;
  readonly outlets: ReadonlyMap<string, OutletEntry>;
}

export interface LexiconOptions {
  /** Places from a user's gazetteer, merged over the built-in one (same id replaces). */
  extraPlaces?: readonly PlaceEntry[];
}

export function buildLexicons(options: LexiconOptions = {}): Lexicons {
  const trie = new TokenTrie<LexiconValue>();
  const places = new Map<string, PlaceEntry>();
  for (const entry of [...gazetteerEntries(), ...(options.extraPlaces ?? [])]) places.set(entry.id, entry);
  for (const entry of places.values()) {
    const value: LexiconValue = { kind: "place", entry };
    for (const form of [entry.name, ...entry.variants]) trie.add(form, value);
  }
  const actors = new Map<string, ActorEntry>();
  for (const entry of actorEntries()) {
    actors.set(entry.id, entry);
    const value: LexiconValue = { kind: "actor", entry };
    for (const form of [entry.name, ...entry.aliases]) trie.add(form, value);
  }
  const outlets = new Map<string, OutletEntry>();
  for (const entry of outletEntries()) {
    outlets.set(entry.id, entry);
    const value: LexiconValue = { kind: "outlet", entry };
    for (const form of [entry.name, ...entry.aliases, ...entry.aliasesEn, entry.nameEn]) trie.add(form, value);
  }
  for (const entry of weaponEntries()) {
    const value: LexiconValue = { kind: "weapon", entry };
    for (const form of entry.forms) trie.add(form, value);
  }
  for (const entry of titleEntries()) {
    const value: LexiconValue = { kind: "title", role: entry.role };
    for (const form of entry.forms) trie.add(form, value);
  }
  for (const entry of triggerEntries()) {
    const value: LexiconValue = { kind: "trigger", entry };
    for (const form of entry.forms) trie.add(form, value);
  }
  for (const entry of cueEntries()) {
    const value: LexiconValue = { kind: "cue", cue: entry.cue };
    for (const form of entry.forms) trie.add(form, value);
  }
  return { trie, places, actors, outlets };
}

let defaults: Lexicons | undefined;
/** The built-in lexicons, built on first use and shared. */
export function defaultLexicons(): Lexicons {
  defaults ??= buildLexicons();
  return defaults;
}
