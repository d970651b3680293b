import { maskIdentifier, maskName } from "@czt/domain";
import { type RecordType, sensitivePointers } from "@czt/schemas";
import { cellReference, type MapProblem } from "./problem.js";

/** The sensitivity of a target field (`documents.0.number` → identifier), if the schemas annotate it. */
export function fieldSensitivity(recordType: string | undefined, field: string | undefined): string | undefined {
  if (recordType === undefined || field === undefined) return undefined;
  const pointer = `/${field.replace(/\.\d+(?=\.|$)/g, ".*").replaceAll(".", "/")}`;
  if (field === "id" || field === "key") return undefined;
  return sensitivePointers[recordType as RecordType]?.[pointer];
}

/**
 * The source value as a report shows it: masked as the validator masks the field it was
 * mapped to (identifiers keep region and last digits, personal values their first
 * character, special data nothing), in clear with `reveal`.
 */
export function shownValue(problem: MapProblem, reveal: boolean): string | undefined {
  const value = problem.value;
  if (value === undefined || reveal) return value;
  const sensitivity = fieldSensitivity(problem.recordType, problem.field);
  if (sensitivity === "identifier") return maskIdentifier(value);
  if (sensitivity === "personal") return maskName(value);
  if (sensitivity === "special") return "***";
  return value;
}

/** The message of a problem in a language, with where it is (sheet, cell) and the source value (masked unless revealed). */
export function renderProblem(problem: MapProblem, lang: "zh" | "en", reveal: boolean): string {
  const value = shownValue(problem, reveal) ?? "";
  const text = problem.message[lang].replaceAll("{value}", value);
  const where: string[] = [];
  const { location } = problem;
  if (location.sheet !== undefined) where.push(lang === "zh" ? `工作表 ${location.sheet}` : `sheet ${location.sheet}`);
  const cell = cellReference(location);
  // A1 cells for spreadsheets; a CSV column by its number (the report's line:column says where).
  if (cell !== undefined && location.sheet !== undefined) where.push(lang === "zh" ? `单元格 ${cell}` : `cell ${cell}`);
  if (location.header !== undefined) where.push(lang === "zh" ? `列“${location.header}”` : `column '${location.header}'`);
  // Several fields read one cell: all are named, id and key too (each lost its value).
  if (problem.fields !== undefined) where.push(lang === "zh" ? `字段 ${problem.fields.join("、")}` : `fields ${problem.fields.join(", ")}`);
  else if (problem.field !== undefined && !["id", "key"].includes(problem.field)) where.push(lang === "zh" ? `字段 ${problem.field}` : `field ${problem.field}`);
  return where.length > 0 ? `${text} (${where.join(", ")})` : text;
}
