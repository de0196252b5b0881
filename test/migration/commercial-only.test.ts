// migration.partial-refund: only commercial, paid subscriptions earn a refund.
import { describe, expect, it } from "vitest";
import { subscription } from "../../src/testing/index.js";
import { migrate } from "../helpers.js";

describe("commercial only (CLAUSES.md reading 8)", () => {
  it("earns nothing for a subscription that is not commercial", () => {
    expect(migrate("2026-06-15", subscription({ commercial: false }))).toMatchObject({ outcome: "no_refund", reason: "not_commercial" });
  });

  it("earns nothing for a subscription nothing was paid for", () => {
    expect(migrate("2026-06-15", subscription({ net: "0.00" }))).toMatchObject({ outcome: "no_refund", reason: "not_commercial" });
  });
});
