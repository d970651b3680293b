/**
 * Compatibility as a property: a minor version never makes valid data invalid. Every record
 * the 1.0 arbitraries generate (frozen with the release, src/releases/1.0/) is valid under
 * every later version this kit knows, with the same findings as under 1.0; so is every 1.0
 * example export and every conformance vector valid under 1.0.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { currentVersion, releasedVersions, standardVersions } from "@czt/schemas";
import { createValidator, type Finding } from "@czt/validator";
import { readInputs, validateFiles } from "@czt/validator/node";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createVectorRunner } from "../src/adapter/run-vector.js";
import { datasetAsOf, generatedParameters, releasedArbitraries, validateEntries } from "../src/index.js";
import { toProtocolVector } from "../src/vectors/vector-format.js";
import { allVectors, propertySettings, repositoryRoot } from "./support.js";

const release = "1.0";
const laterVersions = standardVersions.filter((version) => version !== release);
const frozenFolder = join(repositoryRoot, "packages", "conformance", "src", "releases", release);

/** Findings as comparable rows (message included: the wording must not change either). */
function rows(findings: readonly Finding[]) {
  return findings.map(({ ruleId, severity, pointer, message, line, recordIndex }) => ({ ruleId, severity, pointer, message, line, recordIndex }));
}

/**
 * Rules a later version adds that fire on data the frozen 1.0 arbitraries generate,
 * because that data is genuinely wrong (the versioning policy allows exactly this), each
 * with the fault. Their findings are left out of the comparison; nothing else is.
 */
const genuineFaultsOfThe10Arbitraries: Readonly<Record<string, string>> = {
  "transfer.funds-within-pool":
    "the 1.0 movers move the pooled fund and the account between two Hunan cities, which since provincial pooling is a registration change that moves no funds (a 1.0 rule corrected in 1.1)",
  "payment.duplicate-month":
    "the 1.0 dibao cases pay the months 60 and 30 days before the as-of date, one month twice whenever both days fall in it; 1.1 can mark a failed line, so two paid lines are a double payment",
};
const withoutGenuineFaults = <T extends { ruleId: string }>(findings: readonly T[]): T[] => findings.filter((finding) => !(finding.ruleId in genuineFaultsOfThe10Arbitraries));

const validators = Object.fromEntries(
  standardVersions.map((version) => [version, createValidator({ schemaVersion: version, asOf: datasetAsOf, parameters: generatedParameters as never })]),
);

describe(`records valid under ${release} stay valid under every later version`, () => {
  it("the versions: 1.0 is released, the working version is later", () => {
    expect(releasedVersions).toContain(release);
    expect(laterVersions).toContain(currentVersion);
  });

  it.each(laterVersions)(`every record of the ${release} arbitraries is valid under %s, with the same findings (none) as under ${release}`, (version) => {
    fc.assert(
      fc.property(releasedArbitraries[release].recordArbitrary() as fc.Arbitrary<unknown>, (record) => {
        const before = withoutGenuineFaults(validators[release]!.validateRecord(record));
        expect(before, "the 1.0 arbitraries generate records valid under 1.0").toEqual([]);
        expect(rows(withoutGenuineFaults(validators[version]!.validateRecord(record)))).toEqual(rows(before));
      }),
      propertySettings(60),
    );
  });

  it.each(laterVersions)(`every dataset of the ${release} arbitraries passes every layer under %s as under ${release}`, (version) => {
    fc.assert(
      fc.property(releasedArbitraries[release].datasetArbitrary(), (entries) => {
        const findings = (v: string) => withoutGenuineFaults(validateEntries(validators[v]!.createSession(), entries).map(({ finding, record }) => ({ ...rows([finding])[0]!, record })));
        expect(findings(version)).toEqual(findings(release));
      }),
      propertySettings(10),
    );
  });

  it.each(
    laterVersions.flatMap((version) => ["json", "jsonl"].map((dir) => [dir, version] as const)),
  )(`the ${release} example exports of examples/%s are clean under %s as under ${release}`, async (dir, version) => {
    // One format at a time: the two folders hold the same records, which would duplicate each other.
    const examples = [join(repositoryRoot, "examples", dir)];
    const declared = await validateFiles(examples, {});
    const under = await validateFiles(examples, { schemaVersion: version });
    expect(declared.findings).toEqual([]);
    expect(declared.summary.records).toBeGreaterThan(100);
    expect(rows(under.findings)).toEqual([]);
    expect(under.summary).toMatchObject({ records: declared.summary.records, valid: declared.summary.records });
  });

  it.each(laterVersions)(`every conformance vector valid under ${release} is valid under %s, with the same findings`, async (version) => {
    const readRaw = async function* (bytes: Uint8Array, format: "json" | "jsonl" | "csv") {
      const directory = mkdtempSync(join(tmpdir(), "czt-compat-"));
      try {
        writeFileSync(join(directory, `vector.${format}`), bytes);
        yield* readInputs([join(directory, `vector.${format}`)]);
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    };
    const runOld = createVectorRunner({ schemaVersion: release, readRaw });
    const runNew = createVectorRunner({ schemaVersion: version, readRaw });
    let validUnderRelease = 0;
    for (const vector of allVectors) {
      const sent = toProtocolVector(vector);
      const old = await runOld(sent);
      if (!old.valid) continue;
      validUnderRelease++;
      expect(await runNew(sent), vector.id).toEqual(old);
    }
    expect(validUnderRelease).toBeGreaterThan(100);
  });
});

describe(`the ${release} arbitraries kept with the release`, () => {
  it("are frozen: every file matches its SHA256SUMS", () => {
    const sums = readFileSync(join(frozenFolder, "SHA256SUMS"), "utf8")
      .trim()
      .split("\n")
      .map((line) => line.split("  ") as [string, string]);
    const files = readdirSync(frozenFolder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
      .map((entry) => join(entry.parentPath, entry.name).slice(frozenFolder.length + 1))
      .sort();
    expect(sums.map(([, file]) => file).sort(), "the frozen files and SHA256SUMS list the same files").toEqual(files);
    for (const [sum, file] of sums) {
      const actual = createHash("sha256").update(readFileSync(join(frozenFolder, file))).digest("hex");
      expect(actual, `src/releases/${release}/${file} was edited after the release: the ${release} arbitraries are frozen`).toBe(sum);
    }
  });
});
