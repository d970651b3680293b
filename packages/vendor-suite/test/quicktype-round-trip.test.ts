/**
 * quicktype on the per-type bundles of the @czt/schemas tarball, as a vendor uses it: the
 * generated Python, Go, Java and C# (mono, Newtonsoft.Json) types compile, and every example
 * record (JSON packages and JSON Lines) read into them and written back validates with
 * `czt validate` without a single finding, field for field equal to the original.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { declaredVersion, type ExampleFormat, exampleFiles, exampleFormats, recordsOf } from "../src/examples.js";
import { generateTypes } from "../src/generate-types.js";
import { bundleDirectory, type PackedStandard, packStandard } from "../src/packed-standard.js";
import { cztMain, harnessDirectory, repositoryRoot } from "../src/paths.js";
import { describeRun, type RunResult, run } from "../src/run.js";
import { installHint, jacksonInstalled, newtonsoftJsonInstalled, onPath } from "../src/system-tools.js";
import { jacksonClassPath, type QuicktypeLanguageName, quicktypeLanguages, quicktypeSources } from "../src/toolchains.js";
import { validateFiles } from "../src/validate.js";

/** How the suite runs a language's round-trip program, once `toolchains.ts`'s build commands built it. */
interface Toolchain {
  /** What must be installed, and whether it is. */
  missing: () => string | undefined;
  /** The vendor's program, from harness/, put beside the generated code before the build. */
  program: string;
  /** The command that round-trips SOURCE into TARGET (`extra`: the harness's own flags). */
  roundTrip: (directory: string, source: string, target: string, extra?: readonly string[]) => RunResult;
}

const toolchains: Record<QuicktypeLanguageName, Toolchain> = {
  python: {
    missing: () => (onPath("python3") ? undefined : "python3"),
    program: "roundtrip.py",
    roundTrip: (directory, source, target) => run("python3", ["roundtrip.py", source, target], { cwd: directory }),
  },
  go: {
    missing: () => (onPath("go") ? undefined : "go (Debian's golang-go)"),
    program: "roundtrip.go",
    roundTrip: (directory, source, target) => run(join(directory, "roundtrip"), [source, target], { cwd: directory }),
  },
  java: {
    missing: () => {
      if (!onPath("javac")) return "javac (a JDK)";
      return jacksonInstalled() ? undefined : "Jackson (Debian's libjackson2-databind-java)";
    },
    program: "RoundTrip.java",
    roundTrip: (directory, source, target, extra = []) =>
      run("java", ["-cp", `classes:${jacksonClassPath}`, "RoundTrip", source, target, ...extra], { cwd: directory }),
  },
  csharp: {
    missing: () => {
      if (!onPath("mcs") || !onPath("mono")) return "mcs and mono (Debian's mono-mcs)";
      return newtonsoftJsonInstalled() ? undefined : "Newtonsoft.Json (Debian's libnewtonsoft-json-cil-dev)";
    },
    program: "RoundTrip.cs",
    roundTrip: (directory, source, target, extra = []) => run("mono", [join(directory, "RoundTrip.exe"), source, target, ...extra], { cwd: directory }),
  },
};

/** Puts the round-trip program beside the generated code and runs the documented build commands. */
function build(language: keyof typeof toolchains, directory: string): RunResult[] {
  copyFileSync(join(harnessDirectory, toolchains[language].program), join(directory, toolchains[language].program));
  // Debian's Go 1.19 never downloads a toolchain; GOTOOLCHAIN=local says so to newer ones.
  // Go needs a build cache: under $HOME normally, in the scratch folder where there is no $HOME.
  const env: NodeJS.ProcessEnv = { ...process.env, GOTOOLCHAIN: "local" };
  if (env["HOME"] === undefined && env["GOCACHE"] === undefined) env["GOCACHE"] = join(directory, ".gocache");
  const results: RunResult[] = [];
  for (const command of quicktypeLanguages[language].build) {
    const result = run("bash", ["-c", command], { cwd: directory, env });
    results.push(result);
    if (result.status !== 0) break;
  }
  return results;
}

/** Round-trips every example of a format with a built toolchain into `<directory>/out-<format>`, then validates the result. */
/**
 * A copy of an export with only the records quicktype has classes for (`quicktypeSources`).
 * The suite's types cover the record types of 1.0; those added in 1.1 (benefits, 异地就医,
 * organisations, donations) are not generated yet, and the harnesses stop on an unknown type.
 */
function typedCopy(source: string, directory: string): string {
  const typed: ReadonlySet<string> = new Set([...quicktypeSources, "header"]);
  const target = join(directory, `typed-${basename(source)}`);
  const text = readFileSync(source, "utf8");
  if (source.endsWith(".jsonl")) {
    const kept = text.split("\n").filter((line) => line.trim() === "" || typed.has(String((JSON.parse(line) as { recordType?: unknown }).recordType)));
    writeFileSync(target, kept.join("\n"));
  } else {
    const document = JSON.parse(text) as { records: { recordType?: unknown }[] };
    writeFileSync(target, `${JSON.stringify({ ...document, records: document.records.filter((record) => typed.has(String(record.recordType))) }, null, 2)}\n`);
  }
  return target;
}

/** What the round trips are judged by: the records the types cover, whose references into the 1.1 records left out stay open. */
const roundTripChecks = ["--disable", "dataset.unresolved-reference"];

function roundTripExamples(toolchain: Toolchain, directory: string, format: ExampleFormat, extra: readonly string[] = []) {
  const out = join(directory, `out-${format}${extra.join("")}`);
  mkdirSync(out, { recursive: true });
  // The typed copies go in a folder of their own: the round trip writes \`out/<name>\`.
  const typedFolder = join(out, "typed");
  mkdirSync(typedFolder, { recursive: true });
  const sources = exampleFiles(format).map((source) => typedCopy(source, typedFolder));
  const targets = sources.map((source) => {
    const target = join(out, basename(source));
    const result = toolchain.roundTrip(directory, source, target, extra);
    expect(result.status, describeRun(`round-trip of ${basename(source)}`, result)).toBe(0);
    return target;
  });
  return { sources, targets, validation: validateFiles(targets, roundTripChecks) };
}

/**
 * The ids of the records quicktype has classes for (the record types of `quicktypeSources`):
 * the harnesses pass records of the other types, added in 1.1, through as they are.
 */
function typedRecordIds(sources: readonly string[], carrying: (record: Record<string, unknown>) => boolean = () => true): string[] {
  const typed: ReadonlySet<string> = new Set(quicktypeSources);
  return sources.flatMap((source) =>
    recordsOf(source)
      .filter((record) => typed.has(String(record["recordType"])) && carrying(record))
      .map((record) => String(record["id"])),
  );
}

/** Whether a record holds a calendar date (`format: date`, e.g. a birth date), not only date-times. */
function holdsCalendarDate(record: Record<string, unknown>): boolean {
  return /"\d{4}-\d{2}-\d{2}"/.test(JSON.stringify(record));
}

/** The ids of the records a validation found something on. */
function recordIdsWithFindings(findings: readonly unknown[]): Set<string> {
  return new Set(findings.map((finding) => String((finding as { recordId?: string }).recordId)));
}

/** The version the examples declare: its bundles are the ones they must round-trip through. */
const exampleVersions = [...new Set(exampleFormats.flatMap((format) => exampleFiles(format).map(declaredVersion)))];

/** `czt generate`'s synthetic dataset, which declares the current version; valid as of its date. */
const generatedCount = 2000;
const generatedAsOf = "2025-06-30";

describe("quicktype types generated from the @czt/schemas tarball's per-type bundles", () => {
  let scratch: string;
  let standard: PackedStandard;
  let bundle: string;
  let generated: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "czt-vendor-quicktype-"));
    expect(exampleVersions, "the examples declare one schemaVersion").toHaveLength(1);
    standard = packStandard(scratch);
    bundle = bundleDirectory(standard, exampleVersions[0]!);
    generated = join(scratch, "generated.jsonl");
    const written = run(process.execPath, [cztMain, "generate", "--count", String(generatedCount), "--seed", "12", "--output", generated], { cwd: scratch });
    expect(written.status, describeRun("czt generate", written)).toBe(0);
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  for (const [language, toolchain] of Object.entries(toolchains)) {
    describe(language, () => {
      const directory = () => join(scratch, language);

      it("generates the types of every record type and the JSON Lines header", async () => {
        const files = await generateTypes(bundle, language as keyof typeof toolchains, directory());
        expect(files.length).toBeGreaterThan(0);
      });

      it("compiles them, with the round-trip program, using only the standard library and Debian's packages", () => {
        const missing = toolchain.missing();
        expect(missing, `${missing} is missing: ${installHint}`).toBeUndefined();
        for (const result of build(language as keyof typeof toolchains, directory())) expect(result.status, describeRun("the build", result)).toBe(0);
      });

      for (const format of exampleFormats) {
        it(`round-trips every example record (${format}) through the types: czt validate finds nothing, and each record is unchanged`, () => {
          const { sources, targets, validation } = roundTripExamples(toolchain, directory(), format);
          const expected = sources.reduce((sum, source) => sum + recordsOf(source).length, 0);
          expect(validation.findings).toEqual([]);
          expect(validation.exitCode).toBe(0);
          expect(validation.records).toBe(expected);
          expect(validation.valid).toBe(expected);
          for (const [index, target] of targets.entries()) expect(recordsOf(target)).toEqual(recordsOf(sources[index]!));
        });
      }
    });
  }

  describe(`${generatedCount} generated records (czt generate), through the types of the version they declare`, () => {
    for (const [language, toolchain] of Object.entries(toolchains)) {
      it(`${language}: czt validate finds nothing, and each record is unchanged`, async () => {
        const directory = join(scratch, `${language}-generated`);
        await generateTypes(bundleDirectory(standard, declaredVersion(generated)), language as keyof typeof toolchains, directory);
        for (const result of build(language as keyof typeof toolchains, directory)) expect(result.status, describeRun("the build", result)).toBe(0);
        const target = join(directory, "generated.jsonl");
        const source = typedCopy(generated, directory);
        const result = toolchain.roundTrip(directory, source, target);
        expect(result.status, describeRun("the round-trip", result)).toBe(0);
        const validation = validateFiles([target], ["--as-of", generatedAsOf, ...roundTripChecks]);
        expect(validation.findings).toEqual([]);
        const count = recordsOf(source).length;
        expect(count).toBeGreaterThan(generatedCount / 2);
        expect(validation).toMatchObject({ exitCode: 0, records: count, valid: count });
        expect(recordsOf(target)).toEqual(recordsOf(source));
      });
    }
  });

  // Why docs/vendors.md prescribes these options: without them the round-trip breaks the data.
  describe("what the bundles and the documented options prevent", () => {
    it("the source schemas, whose $refs name https://czt-ss.org/…, fail offline: the bundles are what works", async () => {
      await expect(generateTypes(join(repositoryRoot, "schemas"), "python", join(scratch, "python-sources"))).rejects.toThrow(
        /Could not fetch schema https:\/\/czt-ss\.org\/schemas\//,
      );
    });

    it("quicktype's default inferDateTimes turns Python's dates into date-times ('1975-04-18T00:00:00'): schema.format findings on every record with a date", async () => {
      const directory = join(scratch, "python-defaults");
      await generateTypes(bundle, "python", directory, {});
      for (const result of build("python", directory)) expect(result.status, describeRun("py_compile", result)).toBe(0);
      const { sources, validation } = roundTripExamples(toolchains.python, directory, "jsonl");
      expect(validation.exitCode).toBe(1);
      const broken = recordIdsWithFindings(validation.findings);
      // Date-times survive (Python writes the offset back); transfers hold only date-times.
      const dated = typedRecordIds(sources, holdsCalendarDate);
      expect(dated.length).toBeGreaterThan(0);
      expect(dated.filter((id) => !broken.has(id))).toEqual([]);
      expect(new Set(validation.findings.map((finding) => (finding as { ruleId: string }).ruleId))).toContain("schema.format");
    });

    it("Jackson's default inclusion writes explicit nulls for absent optional fields: findings on most records", () => {
      // Reuses the Java build of the round-trip above, with the harness's --with-nulls flag.
      const { sources, validation } = roundTripExamples(toolchains.java, join(scratch, "java"), "jsonl", ["--with-nulls"]);
      expect(validation.exitCode).toBe(1);
      const broken = recordIdsWithFindings(validation.findings);
      const typed = typedRecordIds(sources);
      expect(typed.filter((id) => broken.has(id)).length).toBeGreaterThan(typed.length / 2);
    });

    it("Newtonsoft's JToken.Parse turns date-times into DateTimes, written back as '11/01/2026 01:30:00': findings on every record", () => {
      // Reuses the C# build of the round-trip above, with the harness's --jtoken-parse flag.
      const { sources, validation } = roundTripExamples(toolchains.csharp, join(scratch, "csharp"), "jsonl", ["--jtoken-parse"]);
      expect(validation.exitCode).toBe(1);
      const broken = recordIdsWithFindings(validation.findings);
      expect(typedRecordIds(sources).filter((id) => !broken.has(id))).toEqual([]);
      expect(validation.findings).toContainEqual(expect.objectContaining({ ruleId: "schema.format", pointer: "/meta/lastUpdated" }));
    });

    it("quicktype's default C# (version 8, System.Text.Json) does not compile with mono's mcs: CS1024 on `#nullable enable`", async () => {
      const directory = join(scratch, "csharp-defaults");
      await generateTypes(bundle, "csharp", directory, { inferDateTimes: false, rendererOptions: { namespace: "Czt" } });
      const [result] = build("csharp", directory);
      expect(result?.status).not.toBe(0);
      expect(result?.stderr).toMatch(/CztTypes\.cs\(\d+,\d+\): error CS1024: Wrong preprocessor directive/);
    });
  });
});
