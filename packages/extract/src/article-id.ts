import * as crypto from "node:crypto";

/** One-shot hashing (Node ≥ 20.12) skips building a Hash object, which costs more than hashing a whole article. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: "hex") => string }).hash;

/** A stable id for an article: the first 16 hex digits of the SHA-256 of its cleaned body. */
export function articleId(body: string): string {
  const digest = oneShot ? oneShot("sha256", body, "hex") : crypto.createHash("sha256").update(body, "utf8").digest("hex");
  return digest.slice(0, 16);
}
