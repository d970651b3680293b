import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// The built package: worker threads load dist/node/parallel/worker.js.
import { validateFiles } from "@czt/validator/node";
import { describe, expect, it } from "vitest";
import { changshaHeader, person } from "./support/records.js";

describe("validateFiles with worker threads (--jobs)", () => {
  it("reports exactly what one thread reports: same findings, lines, record indexes and summary", async () => {
    const dir = mkdtempSync(join(tmpdir(), "czt-jobs-"));
    const file = join(dir, "big.jsonl");
    const header = changshaHeader();
    const lines = [JSON.stringify(header)];
    // About 6 MiB, so the file is cut into several slices; a few broken records on the way.
    for (let i = 0; lines.length < 24_000; i++) {
      const id = `430100-P-${String(i).padStart(6, "0")}`;
      if (i % 5000 === 17) lines.push('{"recordType": "person", "id": ');
      else if (i % 7000 === 3) lines.push(JSON.stringify(person({ id, sex: "7", name: "欧阳娜娜".repeat(20) })));
      else if (i % 6000 === 11) lines.push(JSON.stringify(person({ id, name: "张三".repeat(20) })).replace('"sex":', '"sex":"1","sex":'));
      else if (i % 9000 === 5) lines.push(JSON.stringify(person({ id, name: "@" })).replace('"@"', '"\\ud800"'));
      else lines.push(JSON.stringify(person({ id, name: "张三".repeat(20) })));
    }
    lines.push(JSON.stringify(person({ id: "430100-P-000001" }))); // a duplicate id for the dataset rules
    writeFileSync(file, `${lines.join("\n")}\n`);

    // Every test person shares one identity number: leave that dataset rule out.
    const options = { disableRules: ["dataset.duplicate-person"] };
    const oneEvents: (number | "read")[] = [];
    const one = await validateFiles([file], { ...options, jobs: 1, onBytes: (bytes) => oneEvents.push(bytes), onInputsRead: () => oneEvents.push("read") });
    const events: (number | "read")[] = [];
    const two = await validateFiles([file], { ...options, jobs: 2, onBytes: (bytes) => events.push(bytes), onInputsRead: () => events.push("read") });
    // Either way, the end of reading is announced once, after the last bytes, before the report.
    for (const seen of [oneEvents, events]) {
      expect(seen.filter((event) => event === "read")).toHaveLength(1);
      expect(seen.at(-1)).toBe("read");
      expect(seen.at(-2)).toBe(statSync(file).size);
    }
    const progress = events.filter((event): event is number => event !== "read");
    const stable = (report: typeof one) => ({ ...report, summary: { ...report.summary, elapsedMs: 0, recordsPerSecond: 0 } });
    expect(one.summary).toMatchObject({ records: 24_000, invalid: 5 + 4 + 4 + 3 + 2 });
    expect(one.summary.byRule).toMatchObject({ "input.malformed-json": 5, "schema.enum": 4, "input.duplicate-name": 4, "input.invalid-character": 3, "dataset.duplicate-record-id": 2 });
    expect(stable(two)).toEqual(stable(one));
    // Progress (the CLI's bar) climbs slice by slice to the file's size.
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(statSync(file).size);
  });
});
