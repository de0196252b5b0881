import { describe, expect, it } from "vitest";
import { evaluateRefund, explain, explainProblems, type RefundDecision } from "../../src/index.js";
import { supportedCurrencies } from "../../src/rules/index.js";
import { de } from "../../src/locale/de.js";
import { migrationRequest, subscription } from "../../src/testing/index.js";

describe("explanations of any decision", () => {
  it("show exactly the amount the decision pays, in every supported currency (Intl's own digits differ for HUF, IDR, COP, …)", () => {
    for (const currency of supportedCurrencies()) {
      const decision = evaluateRefund(migrationRequest({ completedOn: "2026-06-15", currency }, subscription({ cycle: "month", start: "2026-06-01", end: "2026-07-01", net: "3" })));
      const digits = (decision.total.gross.split(".")[1] ?? "").length;
      const shown = explain(decision).summary.match(/[\d,]+(?:\.\d+)?/g)?.[0] ?? "";
      expect((shown.split(".")[1] ?? "").length, currency).toBe(digits);
      expect(shown.replace(/,/g, ""), currency).toBe(decision.total.gross);
    }
  });

  it("word codes no catalog knows (a newer library's, a custom policy's) as the code, never throwing", () => {
    const decision = evaluateRefund(migrationRequest({ completedOn: "2026-06-15" }, subscription()));
    const stranger = {
      ...decision,
      lines: [{ ...decision.lines[0]!, reason: "newer_reason" }],
      notices: [{ code: "newer.notice", clause: "taxes.exclusive", itemId: "sub-1" }],
    } as unknown as RefundDecision;
    const explanation = explain(stranger, { locale: de });
    expect(explanation.notices).toEqual(["Abonnement sub-1: newer.notice."]);
    expect(explanation.lines[0]?.text).toContain("newer_reason.");
  });

  it("keep a problem's own sentence for a code no catalog has, such as the command line's", () => {
    const [explained] = explainProblems([{ path: "--details", code: "unwritable" as never, message: "cannot write the --details file" }], { locale: de });
    expect(explained).toMatchObject({ path: "--details", code: "unwritable", message: "cannot write the --details file" });
  });
});
