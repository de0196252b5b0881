// A request refused by either side is refused: each side reads unknown fields its own way, whichever side is A.
import { describe, expect, it } from "vitest";
import { comparePolicies, type RefundRequest } from "../../src/index.js";
import { migrationRequest, subscription } from "../../src/testing/index.js";

const withExtraField = { ...migrationRequest({ completedOn: "2026-06-15" }, subscription()), source: "billing-v2" } as RefundRequest;
const plain = migrationRequest({ completedOn: "2026-06-15" }, subscription());

describe("comparing sides that read unknown fields differently", () => {
  it("counts a request with an unknown field as refused when only one side ignores such fields, whichever side it is", async () => {
    const lenient = { options: { unknownFields: "ignore" as const } };
    for (const [a, b] of [
      [lenient, {}],
      [{}, lenient],
    ]) {
      const report = await comparePolicies([withExtraField, plain], a!, b!);
      expect({ requests: report.requests, decided: report.decided, refused: report.refused }).toEqual({ requests: 2, decided: 1, refused: 1 });
    }
  });

  it("decides it on both sides when both ignore unknown fields", async () => {
    const lenient = { options: { unknownFields: "ignore" as const } };
    const report = await comparePolicies([withExtraField], lenient, { options: { unknownFields: "ignore", rounding: "down" } });
    expect(report.refused).toBe(0);
  });
});
