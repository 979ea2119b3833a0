// A worker process for the killed-worker test: works the ingestion queue of the store named in MARSAD_CHILD_STORE.
import { StoreConfig } from "../env";
import { openStore } from "../store";
import { openQueue } from "./queue";

const config = StoreConfig.parse(JSON.parse(process.env.MARSAD_CHILD_STORE ?? "{}"));
const store = await openStore({ ...config, syncLexicons: false });
const queue = await openQueue(store, { expireInSeconds: 2 });
process.stdout.write("ready\n");
await queue.work({ until: "stopped", pollMs: 100 });
