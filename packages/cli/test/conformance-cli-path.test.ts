import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { PassThrough } from "node:stream";
import { compareFindings, defaultVectorsDirectory, loadVectors, type Vector } from "@czt/conformance/harness";
import type { ReportedFinding } from "@czt/conformance";
import { afterAll, describe, expect, it } from "vitest";
import { validate } from "../src/commands/validate.js";
import type { CliIo } from "../src/io.js";

/**
 * The CLI path: every vector written to files and judged by `czt validate --format json`,
 * as a user's export would be. Single records run the schema and record layers
 * (`--checks record`), datasets and raw files all layers. No skip list.
 */
const vectors = loadVectors(defaultVectorsDirectory());
const scratch = mkdtempSync(join(tmpdir(), "czt-vectors-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface ReportFinding {
  ruleId: string;
  pointer: string;
  severity: "error" | "warning" | "info";
  file: string;
  recordIndex: number;
}

async function validateVector(vector: Vector, directory: string): Promise<{ valid: boolean; findings: ReportedFinding[] }> {
  mkdirSync(directory, { recursive: true });
  const args = ["--format", "json", "--quiet"];
  if (vector.asOf !== undefined) args.push("--as-of", vector.asOf);
  if (vector.parameters !== undefined) {
    writeFileSync(join(directory, "parameters.json"), JSON.stringify(vector.parameters));
    args.push("--params", join(directory, "parameters.json"));
  }
  const indexOf = new Map<string, number>();
  const paths: string[] = [];
  if ("data" in vector) {
    writeFileSync(join(directory, "record.json"), JSON.stringify(vector.data));
    paths.push(join(directory, "record.json"));
    args.push("--checks", "record");
  } else if (vector.records !== undefined) {
    const lines = new Map<string, string[]>();
    vector.records.forEach((entry, index) => {
      const list = lines.get(entry.file) ?? [];
      indexOf.set(`${entry.file}\u0000${list.length}`, index);
      list.push(JSON.stringify(entry.record));
      lines.set(entry.file, list);
    });
    for (const [file, list] of lines) {
      writeFileSync(join(directory, file), `${list.join("\n")}\n`);
      paths.push(join(directory, file));
    }
  } else {
    const file = join(directory, `export.${vector.format}`);
    writeFileSync(file, Buffer.from(vector.raw!, vector.rawEncoding === "base64" ? "base64" : "utf8"));
    paths.push(file);
  }
  let out = "";
  const stdout = new PassThrough();
  stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString("utf8");
  });
  const io: CliIo = { stdout, stderr: new PassThrough(), stdin: new PassThrough(), env: { LANG: "en_US.UTF-8" }, cwd: directory };
  await validate([...args, ...paths], io);
  const report = JSON.parse(out) as { findings: ReportFinding[] };
  const findings = report.findings.map((finding): ReportedFinding => {
    const record = vector.records !== undefined ? indexOf.get(`${basename(finding.file)}\u0000${finding.recordIndex}`) : finding.recordIndex;
    return record === undefined || record < 0 ? { ruleId: finding.ruleId, pointer: finding.pointer, severity: finding.severity } : { ruleId: finding.ruleId, pointer: finding.pointer, severity: finding.severity, record };
  });
  return { valid: !findings.some((finding) => finding.severity === "error"), findings };
}

describe("every vector through czt validate", () => {
  it.each(vectors.map((vector, index) => [vector.id, vector, index] as const))("%s", async (_id, vector, index) => {
    const verdict = await validateVector(vector, join(scratch, String(index)));
    const comparison = compareFindings(vector, verdict.valid, verdict.findings);
    expect({ missing: comparison.missing, unexpected: comparison.unexpected, verdictMatches: comparison.verdictMatches }).toEqual({ missing: [], unexpected: [], verdictMatches: true });
  });
});
