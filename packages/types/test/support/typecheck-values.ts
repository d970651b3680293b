/**
 * Type-checks JSON values against the generated types with the TypeScript compiler, the
 * way a user's code would see them: each value becomes `const vN: <Type> = <json>;` in an
 * in-memory module, compiled with the repository's strict options.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

export interface TypedValue {
  /** Where the value comes from, used in messages (e.g. `examples/changsha/export.jsonl:3`). */
  origin: string;
  typeName: "Package" | "CztRecord" | "JsonLinesLine";
  value: unknown;
}

const testDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const virtualFile = join(testDir, "__typed-values__.ts");

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

/** Returns one message per type error, prefixed with the value's origin; empty when every value type-checks. */
export function typecheckValues(values: readonly TypedValue[]): string[] {
  const lines = ['import type { CztRecord, JsonLinesLine, Package } from "../src/index.js";'];
  const origins: { line: number; origin: string }[] = [];
  values.forEach((entry, i) => {
    origins.push({ line: lines.length, origin: entry.origin });
    lines.push(`export const v${i}: ${entry.typeName} = ${JSON.stringify(entry.value, null, 1)};`.replaceAll("\n", " "));
  });
  const source = lines.join("\n");
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, onError) =>
    name === virtualFile ? ts.createSourceFile(name, source, language) : getSourceFile(name, language, onError);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === virtualFile || fileExists(name);
  const program = ts.createProgram([virtualFile], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (diagnostic.file?.fileName !== virtualFile || diagnostic.start === undefined) return text;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    const origin = [...origins].reverse().find((o) => o.line <= line)?.origin ?? "?";
    return `${origin}: ${text}`;
  });
}
