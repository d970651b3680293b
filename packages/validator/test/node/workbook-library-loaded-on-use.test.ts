import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const packageRoot = join(import.meta.dirname, "..", "..");
const workbook = join(packageRoot, "..", "..", "examples", "legacy", "xiangtan", "civil-affairs", "civil-affairs.xlsx");

/** Loads the Node entry in a fresh process, optionally reads a workbook's first sheet name, and counts the ExcelJS and unzipper modules loaded before and after. */
function modulesLoaded(readWorkbook: boolean): { before: number; after: number; sheet: string | undefined } {
  const script = `
    import { createRequire } from "node:module";
    const require = createRequire(import.meta.url);
    const count = () => Object.keys(require.cache).filter((key) => /[\\\\/]node_modules[\\\\/](exceljs|unzipper)[\\\\/]/.test(key)).length;
    const { streamWorkbook } = await import(${JSON.stringify(join(packageRoot, "dist", "node", "index.js"))});
    const before = count();
    let sheet;
    if (${readWorkbook}) for await (const read of streamWorkbook(${JSON.stringify(workbook)})) { sheet = read.name; break; }
    console.log(JSON.stringify({ before, after: count(), sheet }));
  `;
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: packageRoot, encoding: "utf8" }));
}

describe("the workbook library", () => {
  // ExcelJS took about 0.4 s of every start of `czt validate` and of each --jobs worker.
  it("is not loaded by the Node entry of the validator until a workbook is read", () => {
    expect(modulesLoaded(false)).toEqual({ before: 0, after: 0 });
  });

  it("is loaded when a workbook is read, and the workbook reads", () => {
    const loaded = modulesLoaded(true);
    expect(loaded.before).toBe(0);
    expect(loaded.after).toBeGreaterThan(0);
    expect(loaded.sheet).toBe("户信息");
  });
});
