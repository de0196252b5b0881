// Taxes paid and amounts already refunded: duplicates, unknown taxes and refunds above what was paid.
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { migrationRequest, refunded, request, subscription, tax } from "../../src/testing/index.js";
import { codeAt, problemsOf } from "../helpers.js";

describe("taxes and refunds, exact messages", () => {
  it("names the duplicated, unknown or over-refunded tax", () => {
    const sub = subscription({ net: "100.00", taxes: [tax("VAT", "19.00")] });
    expect(problemsOf(request({}, { ...sub, refunded: { net: "0.00", taxes: [{ code: "VAT", amount: "1.00" }, { code: "VAT", amount: "1.00" }] } }))).toEqual([
      { path: "items[0].refunded.taxes[1].code", code: "duplicate_tax", message: '"VAT" is listed twice' },
    ]);
    expect(problemsOf(request({}, { ...sub, refunded: { net: "0.00", taxes: [{ code: "GST", amount: "1.00" }] } }))).toEqual([
      { path: "items[0].refunded.taxes[0].code", code: "unknown_tax", message: '"GST" is not a tax paid on this item' },
    ]);
    expect(problemsOf(request({}, { ...sub, refunded: { net: "100.01", taxes: [] } }))).toEqual([{ path: "items[0].refunded.net", code: "refund_exceeds_paid", message: "more was refunded than was paid" }]);
    expect(problemsOf(request({}, { ...sub, refunded: { net: "0.00", taxes: [{ code: "VAT", amount: "19.01" }] } }))).toEqual([
      { path: "items[0].refunded.taxes[0].amount", code: "refund_exceeds_paid", message: "more VAT was refunded than was paid" },
    ]);
    expect(problemsOf(request({}, subscription({ taxes: [tax("VAT", "1.00"), tax("VAT", "2.00")] })))).toEqual([
      { path: "items[0].paid.taxes[1].code", code: "duplicate_tax", message: '"VAT" is listed twice' },
    ]);
  });

  it("accepts refunds of exactly what was paid", () => {
    const sub = subscription({ net: "100.00", taxes: [tax("VAT", "19.00")], refunded: refunded("100.00", { VAT: "19.00" }) });
    expect(evaluateRefund(migrationRequest({ completedOn: "2026-06-15" }, sub)).total.gross).toBe("0.00");
  });

  it("refuses bad taxes: duplicates, refunds of taxes never paid, and refunds above what was paid", () => {
    const taxes = [{ code: "VAT", amount: "19.00" }, { code: "VAT", amount: "1.00" }];
    expect(codeAt(request({}, subscription({ taxes })), "items[0].paid.taxes[1].code")).toBe("duplicate_tax");
    const sub = subscription({ net: "100.00", taxes: [{ code: "VAT", amount: "19.00" }] });
    expect(codeAt(request({}, { ...sub, refunded: { net: "0.00", taxes: [{ code: "GST", amount: "1.00" }] } }), "items[0].refunded.taxes[0].code")).toBe("unknown_tax");
    expect(codeAt(request({}, { ...sub, refunded: { net: "100.01" } }), "items[0].refunded.net")).toBe("refund_exceeds_paid");
    expect(codeAt(request({}, { ...sub, refunded: { net: "0.00", taxes: [{ code: "VAT", amount: "19.01" }] } }), "items[0].refunded.taxes[0].amount")).toBe(
      "refund_exceeds_paid",
    );
    expect(codeAt(request({}, subscription({ taxes: [{ code: "VAT", amount: "1.00", rate: "19%" }] })), "items[0].paid.taxes[0].rate")).toBe("invalid_rate");
  });
});
