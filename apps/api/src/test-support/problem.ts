import { expect } from "vitest";
import { Problem } from "../errors";

/** Checks the media type and parses the body as a problem (throws on any other shape). */
export async function problemOf(res: Response): Promise<Problem> {
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  return Problem.parse(await res.json());
}
