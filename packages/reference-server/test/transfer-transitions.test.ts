import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyTransition, transferTransitions } from "../src/workflow/transfer-transitions.js";
import { allowed, type Operation, operations, type Status, statuses } from "./transfer-statute.js";

const requested = {
  recordType: "transfer",
  status: "requested",
  meta: { lastUpdated: "2026-01-01T00:00:00Z" },
  to: { city: "430200" },
  steps: [{ status: "requested", at: "2026-01-01T00:00:00Z" }],
};

describe("applyTransition", () => {
  it("has exactly the statute's operations", () => {
    expect(transferTransitions.map((rule) => rule.action).sort()).toEqual([...operations].sort());
  });

  it("allows in each status exactly the statute's operations, leading to the statute's status (stated in transfer-statute.ts, not read from the table)", () => {
    for (const status of statuses) {
      for (const rule of transferTransitions) {
        const expected = allowed[status][rule.action as Operation];
        const outcome = applyTransition({ ...requested, status }, rule, { reasonCode: "other", toEnrolmentId: "430200-E-1" }, "2026-02-01T00:00:00Z");
        if (expected === undefined) expect(outcome, `${rule.action} in ${status}`).toMatchObject({ ok: false, kind: "invalid-transition" });
        else expect(outcome, `${rule.action} in ${status}`).toMatchObject({ ok: true, transfer: { status: expected } });
      }
    }
  });

  it("keeps the steps in order, the last step's status equal to the status, over any sequence of operations", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...transferTransitions), { maxLength: 8 }), (rules) => {
        let transfer: Record<string, unknown> = requested;
        for (const rule of rules) {
          const before = transfer["status"] as Status;
          const outcome = applyTransition(transfer, rule, { reasonCode: "other", toEnrolmentId: "430200-E-1" }, "2026-02-01T00:00:00Z");
          const expected = allowed[before][rule.action as Operation];
          expect(outcome.ok).toBe(expected !== undefined);
          if (outcome.ok) {
            expect(outcome.transfer["status"]).toBe(expected);
            expect(outcome.transfer["steps"]).toHaveLength((transfer["steps"] as unknown[]).length + 1);
            transfer = outcome.transfer;
          } else {
            expect(outcome.kind).toBe("invalid-transition");
          }
          const steps = transfer["steps"] as { status: string }[];
          expect(steps.at(-1)!.status).toBe(transfer["status"]);
        }
      }),
      { numRuns: Number(process.env["CZT_FC_RUNS"] ?? 200) },
    );
  });

  it("dates a step now, or at a client's time no later than now plus 5 minutes and not before the previous step", () => {
    const letter = transferTransitions.find((rule) => rule.action === "issue-contact-letter")!;
    const now = "2026-02-01T00:00:00Z";
    expect(applyTransition(requested, letter, {}, now)).toMatchObject({ ok: true, transfer: { steps: [{}, { at: now }] } });
    expect(applyTransition(requested, letter, { at: "2026-02-01T08:04:00+08:00" }, now)).toMatchObject({ ok: true });
    expect(applyTransition(requested, letter, { at: "2026-02-01T00:05:01Z" }, now)).toMatchObject({ ok: false, kind: "invalid-step-time", pointer: "/at" });
    expect(applyTransition(requested, letter, { at: "2025-12-31T23:59:59Z" }, now)).toMatchObject({ ok: false, kind: "invalid-step-time", pointer: "/at" });
    // A previous step within the skew ahead of now: the next one is not dated before it.
    const ahead = { ...requested, steps: [{ status: "requested", at: "2026-02-01T00:03:00Z" }] };
    expect(applyTransition(ahead, letter, {}, now)).toMatchObject({ ok: true, transfer: { steps: [{}, { at: "2026-02-01T00:03:00Z" }] } });
  });

  it("needs a reason to reject and the receiving enrolment to complete", () => {
    const reject = transferTransitions.find((rule) => rule.action === "reject")!;
    expect(applyTransition(requested, reject, {}, "2026-02-01T00:00:00Z")).toMatchObject({ ok: false, pointer: "/reasonCode" });
    const complete = transferTransitions.find((rule) => rule.action === "complete")!;
    expect(applyTransition({ ...requested, status: "fundsTransferred" }, complete, {}, "2026-02-01T00:00:00Z")).toMatchObject({ ok: false, pointer: "/toEnrolmentId" });
  });
});

describe("applyTransition's answers", () => {
  const rule = (action: string) => transferTransitions.find((candidate) => candidate.action === action)!;
  const now = "2026-02-01T00:00:00Z";

  it("says which operation a status refuses and which statuses allow it", () => {
    expect(applyTransition({ ...requested, status: "completed" }, rule("cancel"), {}, now)).toEqual({
      ok: false,
      kind: "invalid-transition",
      detail: "cannot cancel a transfer in status completed (allowed from requested, letterIssued)",
    });
  });

  it("names the missing field of a rejection and of a completion", () => {
    expect(applyTransition(requested, rule("reject"), {}, now)).toEqual({
      ok: false,
      kind: "missing-field",
      detail: "a rejection needs a reasonCode (code list transferReason)",
      pointer: "/reasonCode",
    });
    expect(applyTransition({ ...requested, status: "fundsTransferred" }, rule("complete"), {}, now)).toEqual({
      ok: false,
      kind: "missing-field",
      detail: "completing a transfer needs toEnrolmentId, the enrolment at the receiving agency",
      pointer: "/toEnrolmentId",
    });
  });

  it("completes with the receiving enrolment already on the transfer, or the one given", () => {
    const withTarget = { ...requested, status: "fundsTransferred", to: { city: "430200", enrolmentId: "430200-E-1" } };
    expect(applyTransition(withTarget, rule("complete"), {}, now)).toMatchObject({ ok: true, transfer: { to: { city: "430200", enrolmentId: "430200-E-1" } } });
    expect(applyTransition(withTarget, rule("complete"), { toEnrolmentId: "430200-E-2" }, now)).toMatchObject({ ok: true, transfer: { to: { city: "430200", enrolmentId: "430200-E-2" } } });
  });

  it("completes a transfer out of the three cities (to.external) without a receiving enrolment, which lies outside the dataset", () => {
    const out = { ...requested, status: "fundsTransferred", to: { city: "440300", external: { agency: { name: "深圳市社会保险基金管理局" }, localId: "642318857" } } };
    const completed = applyTransition(out, rule("complete"), {}, now);
    expect(completed).toMatchObject({ ok: true, transfer: { status: "completed", to: out.to } });
    expect(completed.ok && completed.transfer["to"]).toStrictEqual(out.to);
    // A transfer in from elsewhere (from.external) still names the enrolment at the receiving office.
    const inward = { ...requested, status: "fundsTransferred", from: { city: "440100", external: { agency: { name: "广州市社会保险基金管理中心" }, localId: "1006623841" } } };
    expect(applyTransition(inward, rule("complete"), {}, now)).toMatchObject({ ok: false, kind: "missing-field", pointer: "/toEnrolmentId" });
  });

  it("appends the step with its reason and note, moves the status, stamps meta.lastUpdated and keeps the rest", () => {
    const outcome = applyTransition({ ...requested, personId: "430100-P-1" }, rule("reject"), { reasonCode: "other", note: "材料不全" }, now);
    expect(outcome).toEqual({
      ok: true,
      transfer: {
        ...requested,
        personId: "430100-P-1",
        status: "rejected",
        meta: { lastUpdated: now },
        steps: [requested.steps[0], { status: "rejected", at: now, reasonCode: "other", note: "材料不全" }],
      },
    });
    expect(requested.steps).toHaveLength(1);
    const letter = applyTransition(requested, rule("issue-contact-letter"), {}, now);
    expect(letter.ok && (letter.transfer["steps"] as object[]).at(-1)).toStrictEqual({ status: "letterIssued", at: now });
  });

  it("refuses a client time before the previous step, and dates the step at the client's time", () => {
    expect(applyTransition(requested, rule("issue-contact-letter"), { at: "2025-12-31T23:59:59Z" }, now)).toEqual({
      ok: false,
      kind: "invalid-step-time",
      detail: "2025-12-31T23:59:59Z is before the previous step (2026-01-01T00:00:00Z)",
      pointer: "/at",
    });
    expect(applyTransition(requested, rule("issue-contact-letter"), { at: "2026-01-20T00:00:00Z" }, now)).toMatchObject({
      ok: true,
      transfer: { steps: [{}, { at: "2026-01-20T00:00:00Z" }], meta: { lastUpdated: now } },
    });
  });

  it("moves a transfer that has no steps yet", () => {
    const { steps: _steps, ...bare } = requested;
    expect(applyTransition(bare, rule("issue-contact-letter"), {}, now)).toMatchObject({ ok: true, transfer: { steps: [{ status: "letterIssued", at: now }] } });
    expect(applyTransition(bare, rule("issue-contact-letter"), { at: "2026-01-20T00:00:00Z" }, now)).toMatchObject({ ok: true });
  });
});
