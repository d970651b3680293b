import type { ChangeKind } from "./change-kinds.js";

/**
 * Who a change breaks. Producers write data (exporters; in the exchange API the client for
 * requests and the server for responses): a change breaks them when data that was valid
 * becomes invalid. Consumers read it: a change breaks them when they may meet data that the
 * old version did not allow.
 */
export type Side = "producer" | "consumer";

/** Which part of the standard a change is in. */
export type Area = "schema" | "codelist" | "openapi";

export interface Change {
  kind: ChangeKind;
  /** The sides the change breaks; empty for a compatible change. */
  breaks: readonly Side[];
  /**
   * The tool cannot decide the direction (a changed pattern, a changed condition, a change in a
   * oneOf whose branches may overlap or of a definition used in an if): a person must.
   */
  review: boolean;
  area: Area;
  /** File of the new version (of the old one when the file is gone), relative to the version's root. */
  file: string;
  /** JSON pointer of the changed node in that file. */
  pointer: string;
  /** Where, for people: `person.schema.json: documents[].type`, `GET /v1/persons: parameter idNumber`, `sex: code 9`. */
  location: string;
  /** One English sentence saying what changed, with the old and new values. */
  message: string;
  /** Set when the new version declares this breaking change a correction (its `corrections.json`): the reason. */
  correction?: string;
}

export const bothSides: readonly Side[] = ["producer", "consumer"];

export function isBreaking(change: Change, side: Side | "any" = "any"): boolean {
  return side === "any" ? change.breaks.length > 0 : change.breaks.includes(side);
}

/** Breaking for the side and not a declared correction: what `--fail-on` counts. */
export function isUnacknowledgedBreak(change: Change, side: Side | "any" = "any"): boolean {
  return isBreaking(change, side) && change.correction === undefined;
}
