import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleId } from "./article-id";

describe("article id", () => {
  it("is the first 16 hex digits of the SHA-256 of the UTF-8 body, for any body", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (body) => {
        expect(articleId(body)).toBe(createHash("sha256").update(body, "utf8").digest("hex").slice(0, 16));
      }),
    );
    expect(articleId("قصف درعا")).toMatch(/^[0-9a-f]{16}$/);
  });
});
