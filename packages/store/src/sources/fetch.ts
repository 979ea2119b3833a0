export interface Fetched {
  body: string;
  contentType: string;
  finalUrl: string;
}

export class FetchError extends Error {
  override readonly name = "FetchError";
}

/** Fetches a page or feed with a time limit; a non-2xx answer is an error naming the status. */
export async function fetchText(url: string, timeoutMs = 20_000): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { "user-agent": "marsad-ingest/0.1 (+https://github.com/marsad)", accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,*/*" },
      redirect: "follow",
    });
  } catch (error) {
    throw new FetchError(`cannot fetch ${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw new FetchError(`${url} answered HTTP ${response.status}`);
  return { body: await response.text(), contentType: response.headers.get("content-type") ?? "", finalUrl: response.url || url };
}
