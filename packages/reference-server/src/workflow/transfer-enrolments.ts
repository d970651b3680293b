import { normaliseIdNumber } from "@czt/domain";
import { type ProblemException, problems } from "../http/problem.js";
import type { RecordStore } from "../store/record-store.js";
import { isExternal, type TransferEnd } from "./transfer-sides.js";

type Body = Record<string, unknown>;

/** The normalised identity number of a stored person, if any. */
function idNumberOf(store: RecordStore, personId: unknown): string | undefined {
  if (typeof personId !== "string") return undefined;
  // Stryker disable next-line OptionalChaining: the transfer's person passed the reference check and records are never deleted
  const idNumber = store.get(personId)?.body["idNumber"];
  return typeof idNumber === "string" ? normaliseIdNumber(idNumber) : undefined;
}

/**
 * Why the enrolment `enrolmentId` cannot be one end of the transfer, or undefined when it
 * can: it must be an enrolment of the transfer's person (the same record, or a record of
 * the same identity number in another city) in the city of that end. An id that names no
 * record is left to the reference check.
 */
function mismatch(store: RecordStore, transfer: Body, enrolmentId: string, city: unknown): string | undefined {
  const stored = store.get(enrolmentId);
  if (stored === undefined) return undefined;
  if (stored.recordType !== "enrolment") return `${enrolmentId} is a record of type ${stored.recordType}, not an enrolment`;
  const enrolment = stored.body;
  if (enrolment["city"] !== city) return `enrolment ${enrolmentId} is in ${String(enrolment["city"])}, not in ${String(city)}`;
  const personId = transfer["personId"];
  if (enrolment["personId"] === personId) return undefined;
  const own = idNumberOf(store, personId);
  if (own !== undefined && own === idNumberOf(store, enrolment["personId"])) return undefined;
  return `enrolment ${enrolmentId} belongs to another person than the transfer's ${String(personId)}`;
}

function notTheTransfers(pointer: string, reason: string): ProblemException {
  return problems.unprocessable("transfer-enrolment", "The enrolment is not the transfer's", `${pointer}: ${reason}`, [
    { ruleId: "api.transfer-target", pointer, severity: "error", detail: reason },
  ]);
}

/**
 * The 422 for an enrolment named at a side outside the three cities (1.1 `external`): the
 * person's enrolment there is `external.localId`, kept by the outside office; no enrolment
 * of the dataset lies in that pooling region.
 */
export function externalSideEnrolment(end: TransferEnd, pointer: string): ProblemException {
  return notTheTransfers(pointer, `the ${end === "to" ? "receiving" : "sending"} side is outside the three cities (${end}.external): its enrolment is ${end}.external.localId, not an enrolment of this dataset`);
}

/**
 * Checks the enrolments a transfer names at each end (`from.enrolmentId`, `to.enrolmentId`);
 * `pointers` maps an end to the pointer to report (the request's own field). Throws a 422.
 */
export function checkTransferEnrolments(store: RecordStore, transfer: Body, pointers: Partial<Record<TransferEnd, string>>): void {
  for (const [end, pointer] of Object.entries(pointers) as [TransferEnd, string][]) {
    // Checked after the transfer passed the schema, which requires both ends as objects.
    const side = transfer[end] as Body;
    const enrolmentId = side["enrolmentId"];
    if (typeof enrolmentId !== "string") continue;
    if (isExternal(transfer, end)) throw externalSideEnrolment(end, pointer);
    const reason = mismatch(store, transfer, enrolmentId, side["city"]);
    if (reason !== undefined) throw notTheTransfers(pointer, reason);
  }
}
