// A worker thread of the bench's extraction pool: extracts the articles the main thread sends, one at a time.
import { parentPort } from "node:worker_threads";
import { defaultLexicons, extract } from "@marsad/extract";

defaultLexicons();
const port = parentPort;
if (!port) throw new Error("extract-worker runs as a worker thread");
port.on("message", (message: { id: number; raw: string; published: string }) => {
  port.postMessage({ id: message.id, result: extract(message.raw, { published: message.published }) });
});
port.postMessage({ ready: true });
