// The migration details: needed for a migration, refused elsewhere, consistent with asOf.
import { describe, expect, it } from "vitest";
import { migrationRequest, request } from "../../src/testing/index.js";
import { codeAt, problemsOf } from "../helpers.js";

describe("migration details", () => {
  it("needs migration details for a migration, and completedOn for a completed one", () => {
    expect(codeAt({ ...request({ action: "migrate_to_on_premise" }) }, "migration")).toBe("missing");
    expect(codeAt(request({ action: "migrate_to_on_premise", migration: { status: "completed" } }), "migration.completedOn")).toBe("missing");
    expect(codeAt(request({ action: "migrate_to_on_premise", migration: { status: "done" as never } }), "migration.status")).toBe("unknown_value");
  });

  it("refuses a migration completed after asOf, migration details on another action, and completedOn on an open migration", () => {
    expect(codeAt(migrationRequest({ completedOn: "2026-07-01", asOf: "2026-06-20" }), "migration.completedOn")).toBe("completed_after_as_of");
    expect(codeAt(request({ action: "refund", migration: { status: "requested" } }), "migration")).toBe("not_applicable");
    expect(codeAt(request({ action: "migrate_to_on_premise", migration: { status: "in_progress", completedOn: "2026-06-01" } }), "migration.completedOn")).toBe(
      "not_applicable",
    );
  });

  it("explains a missing migration with its own message", () => {
    expect(problemsOf({ ...request({ action: "refund" }), migration: { status: "requested" } })).toEqual([
      { path: "migration", code: "not_applicable", message: 'applies only to the action "migrate_to_on_premise", not "refund"' },
    ]);
    expect(problemsOf(migrationRequest({ completedOn: "2026-07-01", asOf: "2026-06-20" }))).toEqual([
      { path: "migration.completedOn", code: "completed_after_as_of", message: "a completed migration cannot complete after asOf" },
    ]);
  });
});
