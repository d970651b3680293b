/**
 * Acceptance of issue 12: JSON Schema implementations other than the validator's ajv, in
 * their default settings and with nothing but the published schemas, agree with the
 * schema layer of `czt validate` (its `schema.*` findings) on every single-record
 * vector and on mutated records. They load what a vendor loads: the self-contained
 * bundle `@czt/schemas/bundles/<current>/record.schema.json` (vectors and mutated
 * records), and the source schemas registered by `$id` (vectors). Where they may differ is decided by rule, not by a
 * list of cases (docs/dates.md):
 * - input layer: a record the reader sorts out before any schema applies (an `input.*`
 *   finding, e.g. a missing or unknown `recordType`) is not a schema question;
 * - leap-second placement: second 60 is valid only at 23:59:60 UTC once the offset is
 *   applied; no pattern can say so, so a validator that does not assert `format` accepts
 *   `…T09:00:60+08:00`. The validator rejects it, as RFC 3339 requires.
 * Everything else must agree, or the test fails and names the records.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { currentVersion, dateTimePattern, recordSchemaIds, schemas } from "@czt/schemas";
import { createValidator, type Finding } from "@czt/validator";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { datasetAsOf } from "../src/index.js";
import { mutatedRecordArbitrary } from "./cross-check/mutate-record.js";
import { cfworker, hyperjump, sourcemeta, type ThirdPartyValidator } from "./cross-check/third-party-validators.js";
import { allVectors } from "./support.js";

const mutatedCount = Number(process.env["CZT_CROSS_CHECK_RECORDS"] ?? 5000);
const seed = Number(process.env["CZT_FC_SEED"] ?? 20_250_630);
const dateTime = new RegExp(dateTimePattern, "u");

type Exclusion = "input layer" | "leap-second placement";

interface Verdict {
  cztValid: boolean;
  /** Why a third-party answer may differ from czt's, when one of the documented rules applies. */
  exclusion?: Exclusion;
}

function valueAt(record: unknown, pointer: string): unknown {
  let node = record;
  for (const segment of pointer.split("/").slice(1)) {
    const key = segment.replace(/~1/g, "/").replace(/~0/g, "~");
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

const czt = createValidator({ checks: "schema", asOf: datasetAsOf });

function cztVerdict(record: unknown): Verdict {
  const findings: Finding[] = czt.validateRecord(record);
  const schemaFindings = findings.filter((finding) => finding.ruleId.startsWith("schema."));
  const cztValid = schemaFindings.length === 0;
  if (findings.some((finding) => finding.ruleId.startsWith("input."))) return { cztValid, exclusion: "input layer" };
  const onlyLeapSeconds =
    !cztValid &&
    schemaFindings.every((finding) => {
      const value = valueAt(record, finding.pointer);
      return finding.ruleId === "schema.format" && typeof value === "string" && dateTime.test(value) && value.slice(17, 19) === "60";
    });
  return onlyLeapSeconds ? { cztValid, exclusion: "leap-second placement" } : { cztValid };
}

interface Agreement {
  records: number;
  agree: number;
  excluded: Record<Exclusion, number>;
  /** Records on which the answers differ and no documented rule applies. */
  unexplained: { label: string; cztValid: boolean; record: unknown }[];
}

async function compare(validator: ThirdPartyValidator, schemaId: string, records: readonly { label: string; record: unknown }[]): Promise<Agreement> {
  const answers = await validator.validate(schemaId, records.map((r) => r.record));
  const result: Agreement = { records: records.length, agree: 0, excluded: { "input layer": 0, "leap-second placement": 0 }, unexplained: [] };
  records.forEach(({ label, record }, index) => {
    const verdict = cztVerdict(record);
    if (answers[index] === verdict.cztValid) result.agree++;
    else if (verdict.exclusion) result.excluded[verdict.exclusion]++;
    else result.unexplained.push({ label, cztValid: verdict.cztValid, record });
  });
  return result;
}

/** The published bundle of the record union for the working version, as `@czt/schemas` ships it. */
function recordBundle(): { id: string; schema: object } {
  const path = createRequire(import.meta.url).resolve(`@czt/schemas/bundles/${currentVersion}/record.schema.json`);
  const schema = JSON.parse(readFileSync(path, "utf8")) as { $id: string };
  return { id: schema.$id, schema };
}

/** The agreement figures go to the test log: they are the point of the run. */
const report = (text: string) => process.stdout.write(`${text}\n`);

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(2)} %`;

function describeAgreement(name: string, what: string, a: Agreement): string {
  const excluded = Object.entries(a.excluded)
    .map(([rule, count]) => `${rule} ${count}`)
    .join(", ");
  return `${name} on ${what}: ${a.agree}/${a.records} agree (${percent(a.agree, a.records)}); differing by a documented rule: ${excluded}; unexplained: ${a.unexplained.length}`;
}

const vectorRecords = allVectors.filter((vector) => vector.data !== undefined).map((vector) => ({ label: vector.id, record: vector.data }));
const mutatedRecords = fc.sample(mutatedRecordArbitrary(), { seed, numRuns: mutatedCount }).map((record, index) => ({ label: `mutated #${index} (seed ${seed})`, record }));

const bundle = recordBundle();
/** Each validator twice: loaded with the bundle alone, and with the source schemas by `$id`. */
const setups: { source: string; schemaId: string; validators: ThirdPartyValidator[] }[] = [
  { source: `bundles/${currentVersion}/record.schema.json`, schemaId: bundle.id, validators: [] },
  { source: "the source schemas by $id", schemaId: recordSchemaIds.record, validators: [] },
];
let sourcemetaMissing = false;

beforeAll(async () => {
  const loads = [{ [bundle.id]: bundle.schema }, schemas];
  for (const [index, loaded] of loads.entries()) {
    const setup = setups[index]!;
    setup.validators.push(await hyperjump(loaded), await cfworker(loaded));
    const binary = await sourcemeta(loaded);
    if (binary) setup.validators.push(binary);
    else sourcemetaMissing = true;
  }
}, 120_000);

afterAll(() => {
  for (const setup of setups) for (const validator of setup.validators) validator.close();
});

describe("third-party JSON Schema validators in their default settings agree with czt validate's schema layer", () => {
  it("the inputs exercise both answers", () => {
    const rejectedVectors = vectorRecords.filter((r) => !cztVerdict(r.record).cztValid).length;
    const rejectedMutants = mutatedRecords.filter((r) => !cztVerdict(r.record).cztValid).length;
    report(`single-record vectors: ${vectorRecords.length}, ${rejectedVectors} rejected by czt's schema layer; mutated records: ${mutatedRecords.length} (seed ${seed}), ${rejectedMutants} rejected (${percent(rejectedMutants, mutatedRecords.length)})`);
    expect(vectorRecords.length).toBeGreaterThan(300);
    expect(rejectedVectors).toBeGreaterThan(30);
    expect(rejectedMutants / mutatedRecords.length).toBeGreaterThan(0.3);
    expect(rejectedMutants / mutatedRecords.length).toBeLessThan(0.95);
  });

  it("sourcemeta's binary runs here (it ships inside the npm package, for Linux, macOS and Windows)", () => {
    expect(sourcemetaMissing).toBe(false);
  });

  for (const which of ["@hyperjump/json-schema", "@cfworker/json-schema", "@sourcemeta/jsonschema"]) {
    it(`${which} with the bundle: every single-record vector and every mutated record`, async () => {
      const [setup] = setups;
      const validator = setup?.validators.find((v) => v.name === which);
      if (!setup || !validator) throw new Error(`${which} did not load`);
      const onVectors = await compare(validator, setup.schemaId, vectorRecords);
      const onMutants = await compare(validator, setup.schemaId, mutatedRecords);
      report(`${describeAgreement(which, `vectors (${setup.source})`, onVectors)}\n${describeAgreement(which, `mutated records (${setup.source})`, onMutants)}\n  settings: ${validator.settings}`);
      expect(onVectors.unexplained.slice(0, 5)).toEqual([]);
      expect(onMutants.unexplained.slice(0, 5)).toEqual([]);
    }, 600_000);

    it(`${which} with the source schemas by $id: every single-record vector`, async () => {
      const setup = setups[1];
      const validator = setup?.validators.find((v) => v.name === which);
      if (!setup || !validator) throw new Error(`${which} did not load`);
      const onVectors = await compare(validator, setup.schemaId, vectorRecords);
      report(describeAgreement(which, `vectors (${setup.source})`, onVectors));
      expect(onVectors.unexplained.slice(0, 5)).toEqual([]);
    }, 600_000);
  }
});
