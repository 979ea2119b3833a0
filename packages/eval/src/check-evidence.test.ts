import { describe, expect, it } from "vitest";
import { evidenceHoldsTrigger } from "./check-evidence";
import { event } from "./test-fixtures";

describe("evidenceHoldsTrigger", () => {
  const trigger = { text: "قصف", start: 10, end: 13 };
  it("holds when one evidence span contains the whole trigger", () => {
    expect(evidenceHoldsTrigger(event({ trigger, evidence: [{ start: 40, end: 60 }, { start: 10, end: 13 }] }))).toBe(true);
  });
  it("fails when the spans only overlap the trigger or lie elsewhere", () => {
    expect(evidenceHoldsTrigger(event({ trigger, evidence: [{ start: 11, end: 30 }] }))).toBe(false);
    expect(evidenceHoldsTrigger(event({ trigger, evidence: [{ start: 0, end: 12 }, { start: 20, end: 30 }] }))).toBe(false);
  });
});
