// Every row of docs/settlement-table.md, settled and compared with what the row says; and the table's coverage.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluateRefund, safeSettleRefund, type SettlementPlan } from "../../src/index.js";
import { referenceSettlement } from "../reference/settlement.js";
import { tableInput } from "./table-ledger.js";

type Json = Record<string, any>;

interface Row {
  id: string;
  shape: string;
  order: string;
  remainder: string;
  offset: string;
  ledger: string;
  steps: string;
  settledBy: string;
  text: string;
}

function readRows(): Row[] {
  const text = readFileSync(fileURLToPath(new URL("../../docs/settlement-table.md", import.meta.url)), "utf8");
  return text
    .split("\n")
    .filter((line) => /^\| S\d+ \|/.test(line))
    .map((line) => {
      const [id, shape, order, remainder, offset, ledger, steps, settledBy] = line.split("|").slice(1, -1).map((cell) => cell.trim());
      return { id: id!, shape: shape!, order: order!, remainder: remainder!, offset: offset!, ledger: ledger!, steps: steps!, settledBy: settledBy!, text: line };
    });
}

/** The settlement input a row's ledger stands for. */
function inputOf(row: Row): Json {
  return tableInput(row.ledger, (request) => evaluateRefund(request as never));
}

const writeStep = (step: SettlementPlan["steps"][number]) =>
  step.type === "refund_payment"
    ? `refund ${step.paymentId} ${step.amount}`
    : `${{ offset_invoice: "offset", account_credit: "credit", out_of_band: "oob" }[step.type]} ${step.invoiceId} ${step.amount}`;

const rows = readRows();

describe("the settlement table (docs/settlement-table.md)", () => {
  it.each(rows.map((row) => [row.id, row] as const))("%s settles as the table says", (_id, row) => {
    const input = inputOf(row);
    const options = { order: row.order, remainder: row.remainder, offset: row.offset };
    const result = safeSettleRefund(input, options);
    if (row.steps.startsWith("refused: ")) {
      expect(result.ok ? "settled" : result.problems.map((p) => `${p.code} @ ${p.path}`), row.text).toContain(row.steps.slice("refused: ".length));
      return;
    }
    expect(result.ok ? undefined : result.problems, row.text).toBeUndefined();
    if (!result.ok) return;
    const { plan } = result;
    expect(plan.steps.map(writeStep).join(", "), row.text).toBe(row.steps);
    expect(plan.creditNotes.map((n) => `${n.invoiceId} ${n.settledBy.refunded}/${n.settledBy.offset}/${n.settledBy.credited}/${n.settledBy.outOfBand}`).join(", "), row.text).toBe(row.settledBy);
    for (const step of plan.steps) {
      expect(step.key.startsWith(`${plan.planId}-`)).toBe(true);
      if (step.type === "refund_payment") expect(step.expectRefunded).toBe((input.payments as Json[]).find((p) => p.id === step.paymentId)!.refunded ?? "0.00");
    }
    for (const note of plan.creditNotes) {
      const lines = note.lines.map((line) => `${line.itemId} ${line.net} ${line.taxes.map((t) => `${t.code} ${t.rate ?? "-"} ${t.amount}`).join(" ")} ${line.gross}`);
      const expected = (input.invoices as Json[]).find((i) => i.id === note.invoiceId)!.itemIds.map((id: string) => (id === "a" ? "a 500.00 VAT 0.19 95.00 595.00" : "b 100.00  100.00"));
      expect(lines).toEqual(expected);
      expect(note.taxes).toEqual(note.lines.some((l) => l.itemId === "a") ? [{ code: "VAT", rate: "0.19", base: "500.00", amount: "95.00" }] : []);
    }
    // The independent reference settlement agrees with the row too.
    const reference = referenceSettlement(input, options);
    expect(reference.refused ? reference.codes : reference.plan.steps.length).toEqual(plan.steps.length);
  });

  it("covers every order against every ledger shape the issue names, and every option value", () => {
    const shapes = ["one payment", "several", "capped", "expired window", "disputed", "offset > refund", "credited before"];
    for (const order of ["latest_first", "earliest_first", "proportional"]) {
      for (const shape of shapes) expect(rows.some((row) => row.order === order && row.shape === shape), `${order} × ${shape}`).toBe(true);
    }
    for (const remainder of ["account_credit", "out_of_band"]) expect(rows.some((row) => row.remainder === remainder)).toBe(true);
    for (const offset of ["none", "open_invoices"]) expect(rows.some((row) => row.offset === offset)).toBe(true);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });
});
