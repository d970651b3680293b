import type { InputItem } from "../input/input-item.js";
import type { ValidationReport } from "../session.js";
import { createValidator } from "../validator.js";
import { forEachInput } from "./read-inputs.js";
import type { ValidateFilesOptions } from "./validate-files.js";

type Body = Record<string, unknown>;

const isObject = (value: unknown): value is Body => typeof value === "object" && value !== null && !Array.isArray(value);

/** A well-formed retraction line of a delta export: `{"recordType": "retraction", "id": …}` (other members are informative). */
function retractedId(value: unknown): string | undefined {
  return isObject(value) && value["recordType"] === "retraction" && typeof value["id"] === "string" && value["id"] !== "" ? value["id"] : undefined;
}

function recordId(value: unknown): string | undefined {
  return isObject(value) && typeof value["id"] === "string" && value["recordType"] !== "header" ? value["id"] : undefined;
}

/**
 * Validates a delta export (`czt export-changes`; its header has `delta`) applied on top of a
 * full export: a record of the delta replaces the record with the same id, a retraction line
 * removes it, and the dataset rules then run over the result — every finding located in the
 * file its record came from. The delta is held in memory (it is the changes, not the dataset);
 * the full export streams. Without `basePaths` the delta alone is checked record by record
 * (the dataset rules need the records it does not carry). A later line of the delta for the
 * same id wins; a retraction of an id the full export lacks removes nothing.
 */
export async function validateWithDelta(basePaths: readonly string[], deltaPath: string, options: ValidateFilesOptions = {}): Promise<ValidationReport> {
  const changed = new Map<string, InputItem>();
  const retracted = new Set<string>();
  const rest: InputItem[] = [];
  const { onBytes: _onBytes, ...readOptions } = options;
  await forEachInput([deltaPath], readOptions, (item) => {
    if (item.kind === "record") {
      const gone = retractedId(item.value);
      if (gone !== undefined) {
        changed.delete(gone);
        retracted.add(gone);
        return;
      }
      const id = recordId(item.value);
      if (id !== undefined) {
        retracted.delete(id);
        changed.delete(id);
        changed.set(id, item);
        return;
      }
    }
    rest.push(item);
  });
  const alone = basePaths.length === 0;
  const checks = alone && (options.checks ?? "all") === "all" ? "record" : options.checks;
  const session = createValidator({ ...options, ...(checks === undefined ? {} : { checks }) }).createSession();
  if (!alone) {
    await forEachInput(basePaths, options, (item) => {
      if (item.kind === "record") {
        const id = recordId(item.value);
        if (id !== undefined && (changed.has(id) || retracted.has(id))) return;
      }
      session.add(item);
    });
  }
  for (const item of rest) session.add(item);
  for (const item of changed.values()) session.add(item);
  options.onInputsRead?.();
  return session.finish();
}
