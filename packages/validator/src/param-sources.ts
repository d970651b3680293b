import { type CodeListId, type RecordType, sensitivePointers } from "@czt/schemas";
import type { ParamSource, RuleMeta, Sensitivity } from "./rule.js";
import { pointerTemplate } from "./schema/field-map.js";

/**
 * How a param is masked: as a field of that sensitivity, or `derived` — a figure
 * computed from sensitive fields, masked whole so that nothing can be recomputed from it.
 */
export type ParamMask = Sensitivity | "derived";

/** What a finding does with a rule's params: which to mask, which to title from a code list. */
export interface ParamTreatment {
  readonly masks: Readonly<Record<string, ParamMask>>;
  readonly codeLists: Readonly<Record<string, CodeListId>>;
  /** The code params that are not masked: a masked code gets no title, which would show it. */
  readonly unmaskedCodeLists: Readonly<Record<string, CodeListId>>;
  /** Params masked as the field the finding points at is (`fieldAtPointer`). */
  readonly atPointer: readonly string[];
}

/** The more a class hides, the earlier: a field sensitive in two ways is masked the stronger way. */
const strength: readonly Sensitivity[] = ["special", "personal", "identifier"];

/** The sensitivity of a field (pointer template) in any of the record types, the strongest when they differ. */
function fieldSensitivity(pointer: string, recordTypes: readonly RecordType[]): Sensitivity | undefined {
  const found = new Set<Sensitivity>();
  for (const type of recordTypes) {
    const sensitivity = sensitivePointers[type][pointer];
    if (sensitivity) found.add(sensitivity);
  }
  return strength.find((sensitivity) => found.has(sensitivity));
}

function maskOf(source: ParamSource, recordTypes: readonly RecordType[]): ParamMask | undefined {
  if (source.derivedFrom?.some((pointer) => fieldSensitivity(pointer, recordTypes) !== undefined)) return "derived";
  const fields = typeof source.field === "string" ? [source.field] : (source.field ?? []);
  const sensitivities = new Set(fields.map((pointer) => fieldSensitivity(pointer, recordTypes)));
  return strength.find((sensitivity) => sensitivities.has(sensitivity));
}

/** The masks of the `fieldAtPointer` params for a finding at `pointer` (a concrete pointer), if that field is sensitive. */
export function masksAtPointer(rule: RuleMeta, atPointer: readonly string[], pointer: string): Record<string, ParamMask> | undefined {
  if (atPointer.length === 0) return undefined;
  const sensitivity = fieldSensitivity(pointerTemplate(pointer), rule.appliesTo);
  return sensitivity ? Object.fromEntries(atPointer.map((name) => [name, sensitivity])) : undefined;
}

const cache = new WeakMap<RuleMeta, ParamTreatment>();

/** The masking and code titles a rule's `paramSources` (and `sensitiveParams`) ask for, computed once per rule. */
export function paramTreatment(rule: RuleMeta): ParamTreatment {
  const cached = cache.get(rule);
  if (cached) return cached;
  const masks: Record<string, ParamMask> = { ...rule.sensitiveParams };
  const codeLists: Record<string, CodeListId> = {};
  const atPointer: string[] = [];
  for (const [name, source] of Object.entries(rule.paramSources ?? {})) {
    if (source.fieldAtPointer) atPointer.push(name);
    const mask = maskOf(source, source.recordType ? [source.recordType] : rule.appliesTo);
    if (mask) masks[name] = mask;
    if (source.codeList) codeLists[name] = source.codeList;
  }
  const unmaskedCodeLists = Object.fromEntries(Object.entries(codeLists).filter(([name]) => masks[name] === undefined));
  const treatment = { masks, codeLists, unmaskedCodeLists, atPointer };
  cache.set(rule, treatment);
  return treatment;
}
