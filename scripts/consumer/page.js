import { evaluateRefund, explain } from "refund-policy";

const decision = evaluateRefund({
  asOf: "2026-06-20", action: "migrate_to_on_premise", account: { currency: "EUR" },
  migration: { status: "in_progress", expectedCompletionOn: "2026-06-15" },
  items: [{ id: "sub-1", type: "subscription", cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" }, paid: { net: "2388.00" } }],
});
document.getElementById("out").textContent = explain(decision).text;
