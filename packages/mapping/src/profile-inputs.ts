import { applyTransforms } from "./apply-transforms.js";
import { type MapInput, mapInputs } from "./map-inputs.js";
import type { FieldSpec, Mapping } from "./mapping.js";
import type { MapProblem } from "./problem.js";
import type { CellValue } from "./table.js";

/** A distinct value of a coded column, how often it occurs, and the code it maps to (undefined: unmapped). */
export interface CodedValue {
  value: string;
  count: number;
  mapsTo?: string;
}

export interface ColumnProfile {
  column: number;
  header: string;
  /** Data rows with a value in this column. */
  filled: number;
  /** The fields the mapping fills from it. */
  fields: string[];
  /** For columns read through a crosswalk: their distinct values (the first `maxDistinct`). */
  codes?: CodedValue[];
}

export interface TableProfile {
  source: string;
  file: string;
  sheet?: string;
  rows: number;
  columns: ColumnProfile[];
}

export interface MappingProfile {
  tables: TableProfile[];
  problems: MapProblem[];
  records: number;
}

/** Distinct values kept per coded column: enough to see a code list, bounded on a free-text column. */
export const maxDistinct = 50;

const text = (cell: CellValue | undefined) => (cell === null || cell === undefined ? "" : String(cell).trim());

/**
 * What a mapping would do with its inputs, before anything is written: per table and column
 * the fill rate, the distinct values of coded columns with the code each maps to, and every
 * row that fails to map (the problems). The inputs are read once, streamed.
 */
export async function profileInputs(mapping: Mapping, inputs: readonly MapInput[]): Promise<MappingProfile> {
  const tables: TableProfile[] = [];
  const problems: MapProblem[] = [];
  let records = 0;
  const finish: (() => void)[] = [];
  await mapInputs(mapping, inputs, {
    record: () => {
      records++;
    },
    problem: (problem) => problems.push(problem),
    table(source, table, columns) {
      const profile: TableProfile = { source: source.name, file: table.file, rows: 0, columns: table.headers.map((header, i) => ({ column: i + 1, header, filled: 0, fields: [] })) };
      if (table.sheet !== undefined) profile.sheet = table.sheet;
      const coded = new Map<number, { specs: FieldSpec[]; values: Map<string, CodedValue> }>();
      for (const spec of source.records) {
        const named: [string, FieldSpec | undefined][] = [["id", spec.id], ["key", spec.key], ["into.key", spec.into?.key], ...Object.entries(spec.fields)];
        for (const [path, field] of named) {
          const column = field ? columns.get(field) : undefined;
          if (!field || column === undefined) continue;
          const entry = profile.columns[column - 1];
          if (entry && !entry.fields.includes(`${spec.recordType}.${path}`)) entry.fields.push(`${spec.recordType}.${path}`);
          if ((field.transform ?? []).some((step) => typeof step === "object" && "crosswalk" in step)) {
            const slot = coded.get(column) ?? { specs: [] as FieldSpec[], values: new Map<string, CodedValue>() };
            slot.specs.push(field);
            coded.set(column, slot);
          }
        }
      }
      tables.push(profile);
      finish.push(() => {
        for (const [column, slot] of coded) {
          const entry = profile.columns[column - 1];
          if (entry) entry.codes = [...slot.values.values()];
        }
      });
      return (row) => {
        profile.rows++;
        for (const [index, cell] of row.cells.entries()) {
          const value = text(cell);
          if (value === "") continue;
          const entry = profile.columns[index];
          if (entry) entry.filled++;
          const slot = coded.get(index + 1);
          if (!slot) continue;
          const seen = slot.values.get(value);
          if (seen) seen.count++;
          else if (slot.values.size < maxDistinct) {
            const outcome = applyTransforms(value, slot.specs[0]!.transform ?? [], mapping.crosswalks ?? {});
            slot.values.set(value, outcome.ok ? { value, count: 1, mapsTo: String(outcome.value) } : { value, count: 1 });
          }
        }
      };
    },
  });
  for (const done of finish) done();
  return { tables, problems, records };
}
