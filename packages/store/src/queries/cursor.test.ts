import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, pageOf } from "./cursor";
import { likePattern } from "./conditions";

describe("cursors", () => {
  it("decode what they encode", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer(), (key, id) => {
        expect(decodeCursor(encodeCursor([key, id]))).toEqual([key, id]);
      }),
    );
  });

  it("reject anything else with invalid_cursor, never another error", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (text) => {
        try {
          decodeCursor(text);
        } catch (error) {
          expect(error).toMatchObject({ code: "invalid_cursor" });
        }
      }),
    );
  });

  it("give a next cursor only when a row beyond the page was fetched", () => {
    const rows = [1, 2, 3].map((id) => ({ id, key: `k${id}` }));
    expect(pageOf(rows, 3, (r) => [r.key, r.id], (r) => r.id).nextCursor).toBeNull();
    const page = pageOf(rows, 2, (r) => [r.key, r.id], (r) => r.id);
    expect(page.items).toEqual([1, 2]);
    expect(decodeCursor(page.nextCursor)).toEqual(["k2", 2]);
  });
});

describe("likePattern", () => {
  it("escapes every LIKE wildcard and the escape character", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const inner = likePattern(text).slice(1, -1);
        expect(inner.replace(/\\[\\%_]/g, "")).not.toMatch(/[%_\\]/);
      }),
    );
  });
});
