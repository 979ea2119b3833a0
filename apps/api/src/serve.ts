import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

interface Fetchable {
  fetch: (request: Request, env?: unknown) => Response | Promise<Response>;
}

/** Serves an app over real HTTP; port 0 picks a free port (tests and benches use that). */
export function listen(app: Fetchable, port: number, hostname = "127.0.0.1"): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
      const host = hostname === "0.0.0.0" ? "127.0.0.1" : hostname;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            if ("closeAllConnections" in server) server.closeAllConnections();
            server.close((error) => (error ? fail(error) : done()));
          }),
      });
    });
    server.once("error", reject);
  });
}
