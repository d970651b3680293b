import type { Change } from "./change.js";
import { type ChangeKind, changeKinds } from "./change-kinds.js";

/**
 * A breaking change the new version declares on purpose, in its `corrections.json`: the
 * versioning policy lets a minor version make valid data invalid only where the old rule
 * was wrong, and says why. The diff still lists the change; `--fail-on` no longer counts it.
 */
export interface Correction {
  /** The change's location as the diff prints it (`codelists/insuranceScheme.json: code medical.resident`). */
  location: string;
  kind: ChangeKind;
  /** Why the old version was wrong (one sentence; the changelog says more). */
  reason: string;
}

/** The file at the root of a version that lists its corrections. */
export const correctionsFile = "corrections.json";

/** Reads `corrections.json`; `problem` names what is wrong with it, for a located error. */
export function parseCorrections(document: unknown, problem: (detail: string) => Error): Correction[] {
  const list = (document as { corrections?: unknown } | null)?.corrections;
  if (!Array.isArray(list)) throw problem('expected { "corrections": [ … ] }');
  return list.map((entry: unknown, index) => {
    const { location, kind, reason } = (entry ?? {}) as Record<string, unknown>;
    const at = `corrections[${index}]`;
    if (typeof location !== "string" || location === "") throw problem(`${at}.location: a change's location as czt diff prints it`);
    if (typeof kind !== "string" || !(kind in changeKinds)) throw problem(`${at}.kind: one of the change kinds of docs/cli.md (got ${JSON.stringify(kind)})`);
    if (typeof reason !== "string" || reason.trim() === "") throw problem(`${at}.reason: say why the old version was wrong`);
    return { location, kind: kind as ChangeKind, reason };
  });
}

/** Marks each change a correction names (same location and kind); returns the corrections no change matched. */
export function applyCorrections(changes: Change[], corrections: readonly Correction[]): Correction[] {
  const unmatched: Correction[] = [];
  for (const correction of corrections) {
    const matching = changes.filter((change) => change.location === correction.location && change.kind === correction.kind);
    for (const change of matching) change.correction = correction.reason;
    if (matching.length === 0) unmatched.push(correction);
  }
  return unmatched;
}
