// Entry of an extraction thread: worker threads do not inherit tsx's loader, so it is registered here first.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
