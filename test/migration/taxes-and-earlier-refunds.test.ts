// migration.partial-refund with taxes.exclusive: taxes in proportion, and what was refunded before taken off.
import { describe, expect, it } from "vitest";
import { refunded, subscription, tax } from "../../src/testing/index.js";
import { migrate } from "../helpers.js";

describe("taxes (CLAUSES.md reading 6)", () => {
  it("refunds each refundable tax in proportion and keeps a non-refundable one", () => {
    const sub = subscription({ net: "2388.00", taxes: [tax("DE-VAT", "453.72", { rate: "0.19" }), tax("FEE", "10.00", { refundable: false })] });
    const line = migrate("2026-06-15", sub);
    expect(line.refund).toEqual({
      net: "1194.00",
      tax: "226.86",
      gross: "1420.86",
      taxes: [
        { code: "DE-VAT", rate: "0.19", amount: "226.86" },
        { code: "FEE", amount: "0.00" },
      ],
    });
  });

  it("carries each tax's rate in canonical form when the request gave one, and none otherwise", () => {
    const sub = subscription({ net: "1000.00", taxes: [tax("A", "190.00", { rate: "0.1900" }), tax("B", "0.00", { rate: "0.0" }), tax("C", "50.00")] });
    const line = migrate("2026-06-15", sub);
    expect(line.refund.taxes).toEqual([
      { code: "A", rate: "0.19", amount: "95.00" },
      { code: "B", rate: "0", amount: "0.00" },
      { code: "C", amount: "25.00" },
    ]);
    expect(Object.keys(line.refund.taxes[0]!)).toEqual(["code", "rate", "amount"]);
  });
});

describe("earlier refunds (CLAUSES.md reading 2)", () => {
  const sub = (earlier: ReturnType<typeof refunded>) =>
    subscription({ net: "1200.00", taxes: [tax("VAT", "228.00")], refunded: earlier });

  it("subtracts what was already refunded, net and per tax", () => {
    const line = migrate("2026-06-15", sub(refunded("100.00", { VAT: "19.00" })));
    expect(line.refund).toEqual({ net: "500.00", tax: "95.00", gross: "595.00", taxes: [{ code: "VAT", amount: "95.00" }] });
    expect(line.outcome).toBe("partial_refund");
  });

  it("pays nothing when earlier refunds exceed what is now earned", () => {
    const line = migrate("2026-06-15", sub(refunded("800.00", { VAT: "152.00" })));
    expect(line).toMatchObject({ outcome: "no_refund", reason: "already_refunded", refund: { net: "0.00", tax: "0.00", gross: "0.00" } });
  });

  it("never pays the same refund twice: evaluating again after paying earns nothing more", () => {
    const first = migrate("2026-06-15", sub(refunded("0.00")));
    const taxes = Object.fromEntries(first.refund.taxes.map((entry) => [entry.code, entry.amount]));
    const second = migrate("2026-06-15", sub(refunded(first.refund.net, taxes)));
    expect(second.refund.gross).toBe("0.00");
  });
});
