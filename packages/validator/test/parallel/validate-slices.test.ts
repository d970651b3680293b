import { Buffer } from "node:buffer";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateFiles } from "@czt/validator/node";
import { beforeAll, describe, expect, it } from "vitest";
// The built module: its worker threads load dist/node/parallel/worker.js.
import { validateInWorkers } from "../../dist/node/parallel/validate-in-workers.js";
import { changshaHeader, person } from "../support/records.js";

const header = changshaHeader();

const limits = { maxRecordBytes: 1000 };

function records(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => JSON.stringify(person({ id: `${prefix}-${String(i).padStart(6, "0")}`, name: i % 3 === 0 ? "欧阳娜娜" : "张三" })));
}

/** One file per situation a byte range can cut through; file names say which. */
function writeInputs(dir: string): string[] {
  const files: Record<string, string | Uint8Array> = {
    "header.jsonl": `${[JSON.stringify(header), ...records("430100-P-1", 8), JSON.stringify({ ...header, asOf: "2020-01-01" }), ...records("430100-P-2", 4)].join("\n")}\n`,
    "crlf.jsonl": `${[JSON.stringify(header), ...records("430100-P-3", 6), '{"recordType": "person" "name": "张"}', ...records("430100-P-4", 3)].join("\r\n")}\r\n`,
    "long-line.jsonl": `${[...records("430100-P-5", 3), JSON.stringify(person({ id: "430100-P-5-long", name: "长".repeat(600) })), ...records("430100-P-6", 3)].join("\n")}\n`,
    "no-final-newline.jsonl": [...records("430100-P-7", 5), JSON.stringify(person({ id: "430100-P-1-000002" })), JSON.stringify(person({ id: "430100-P-7-x", sex: "7" }))].join("\n"),
    "gb18030.jsonl": Uint8Array.from([...new TextEncoder().encode('{"recordType":"person","id":"430100-P-9","name":"'), 0xd5, 0xc5, 0xc8, 0xfd, ...new TextEncoder().encode('"}\n')]),
  };
  // A file whose size is a multiple of every slice size used below (64): padding inside the first line.
  const exact = records("430100-P-8", 5).join("\n");
  const padding = (64 - ((Buffer.byteLength(exact) + 1) % 64)) % 64;
  files["exact.jsonl"] = `${exact.replace("{", `{${" ".repeat(padding)}`)}\n`;
  expect(Buffer.byteLength(files["exact.jsonl"]) % 64).toBe(0);
  return Object.entries(files).map(([name, content]) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  });
}

describe("validateInWorkers on byte ranges", () => {
  let paths: string[] = [];
  beforeAll(() => {
    paths = writeInputs(mkdtempSync(join(tmpdir(), "czt-slices-")));
  });

  const options = { limits, disableRules: ["dataset.duplicate-person"] };
  const stable = (report: Awaited<ReturnType<typeof validateFiles>>) => ({ ...report, summary: { ...report.summary, elapsedMs: 0, recordsPerSecond: 0 } });

  // 1 thread: every slice on the calling thread (no worker); 2 and 3: workers, and the calling thread when they are all busy.
  it.each([
    [16, 2],
    [64, 2],
    [1000, 2],
    [64, 1],
    [64, 3],
  ])("reports what one thread reports with %i-byte slices on %i threads (header, CRLF, long line, no final newline, exact size, not UTF-8)", async (sliceBytes, threads) => {
    const one = await validateFiles(paths, { ...options, jobs: 1 });
    const two = await validateInWorkers(paths, threads, { ...options, jobs: threads }, { sliceBytes, minParallelBytes: 0, readBytes: 32 });
    expect(stable(two)).toEqual(stable(one));
    // What the inputs are built to contain, so the comparison covers them.
    expect(one.summary.byRule).toMatchObject({ "input.line-too-long": 1, "input.malformed-json": 1, "schema.enum": 1, "dataset.duplicate-record-id": 2 });
    expect(one.findings.find((finding) => finding.ruleId === "input.line-too-long")).toMatchObject({ file: expect.stringContaining("long-line.jsonl"), line: 4, recordIndex: 3 });
    expect(one.findings.find((finding) => finding.ruleId === "input.malformed-json")).toMatchObject({ line: 8, column: expect.any(Number) });
    expect(one.findings.some((finding) => finding.file.endsWith("gb18030.jsonl") && finding.ruleId === "input.encoding")).toBe(true);
  });

  it("keeps the same first findings under --max-findings: slices and files are taken in input order", async () => {
    const capped = { ...options, maxFindings: 3 };
    const one = await validateFiles(paths, { ...capped, jobs: 1 });
    const two = await validateInWorkers(paths, 2, { ...capped, jobs: 2 }, { sliceBytes: 64, minParallelBytes: 0 });
    expect(two.findings).toHaveLength(3);
    expect(stable(two)).toEqual(stable(one));
  });

  it("indexes the records one thread indexes when a schema rule is disabled", async () => {
    // The duplicate id is schema-invalid (bad sex code): with schema.enum disabled it is still
    // kept out of the dataset index, so dataset.duplicate-record-id must not see it either way.
    const dir = mkdtempSync(join(tmpdir(), "czt-slices-disabled-"));
    const path = join(dir, "disabled.jsonl");
    writeFileSync(path, `${[...records("430100-P-10", 6), JSON.stringify(person({ id: "430100-P-10-000001", sex: "7" }))].join("\n")}\n`);
    const disabled = { limits, disableRules: ["schema.enum"] };
    const one = await validateFiles([path], { ...disabled, jobs: 1 });
    const two = await validateInWorkers([path], 2, { ...disabled, jobs: 2 }, { sliceBytes: 64, minParallelBytes: 0 });
    expect(one.summary.byRule["dataset.duplicate-record-id"]).toBeUndefined();
    expect(stable(two)).toEqual(stable(one));
  });
});
