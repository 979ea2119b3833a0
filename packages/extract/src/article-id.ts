import { createHash } from "node:crypto";

/** A stable id for an article: the first 16 hex digits of the SHA-256 of its cleaned body. */
export function articleId(body: string): string {
  return createHash("sha256").update(body, "utf8").digest("hex").slice(0, 16);
}
