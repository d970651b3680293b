/** A side of a transfer: the sending office (`from`) or the receiving one (`to`). */
export type TransferEnd = "from" | "to";

type Body = Record<string, unknown>;

const object = (value: unknown): Body => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Body) : {});
const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

const otherEnd = (end: TransferEnd): TransferEnd => (end === "to" ? "from" : "to");

/**
 * True when a side lies outside the dataset: since 1.1 a pooling region outside the three
 * cities is described by `external` (the outside agency and the person's enrolment there),
 * not by an agency and enrolment of the dataset (rule `transfer.side-outside-three-cities`).
 * The validator reads a side the same way (`to.external` present: the receiving side is outside).
 */
export function isExternal(transfer: Body, end: TransferEnd): boolean {
  return object(transfer[end])["external"] !== undefined;
}

/**
 * The side in the dataset that makes the steps of `end`: `end` itself, or, when `end` lies
 * outside the dataset, the other side, which records what the outside office did (the contact
 * letter it sent, the funds it sent, the completion it confirmed). Undefined when neither side
 * is in the dataset. Without `external` (all of 1.0) every side makes its own steps.
 */
export function actingEnd(transfer: Body, end: TransferEnd): TransferEnd | undefined {
  if (!isExternal(transfer, end)) return end;
  const other = otherEnd(end);
  return isExternal(transfer, other) ? undefined : other;
}

/**
 * The side that owns a transfer — files it, corrects and retracts it, is its `city` in the
 * feed: the receiving side, or the sending side when the receiving side is outside the dataset
 * (a transfer out of the three cities, `to.external`). Undefined when neither side is here.
 */
export function owningEnd(transfer: Body): TransferEnd | undefined {
  return actingEnd(transfer, "to");
}

/** The city and department of a side in the dataset (its agency's); both undefined for a side outside it. */
export function sideOwner(transfer: Body, end: TransferEnd | undefined): { city: string | undefined; department: string | undefined } {
  if (end === undefined || isExternal(transfer, end)) return { city: undefined, department: undefined };
  const side = object(transfer[end]);
  return { city: text(side["city"]), department: text(object(side["agency"])["department"]) };
}
