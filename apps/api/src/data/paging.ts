import type { Page } from "@marsad/store";

/** The store serves at most 500 rows per call; larger pages (up to 1000) are read in several keyset steps. */
const STORE_PAGE = 500;

export async function collectPage<T>(
  fetchPage: (cursor: string | undefined, limit: number) => Promise<Page<T>>,
  cursor: string | undefined,
  limit: number,
): Promise<Page<T>> {
  const items: T[] = [];
  let next: string | undefined = cursor;
  let nextCursor: string | null = null;
  while (items.length < limit) {
    const page = await fetchPage(next, Math.min(STORE_PAGE, limit - items.length));
    items.push(...page.items);
    nextCursor = page.nextCursor;
    if (nextCursor === null) break;
    next = nextCursor;
  }
  return { items, nextCursor };
}

/** The request's own URL with `cursor` replaced: the `Link: <…>; rel="next"` target. */
export function nextLink(requestUrl: string, cursor: string): string {
  const url = new URL(requestUrl);
  url.searchParams.set("cursor", cursor);
  return `<${url.pathname}${url.search}>; rel="next"`;
}
