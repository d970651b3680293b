/**
 * The self-contained bundles under packages/schemas/bundles/<version>/, taken as a vendor
 * takes them: each loads alone (no loader, no network, no other schema), every `$ref` is
 * local and names a whole embedded definition, and each validates exactly as the
 * source schemas do, on every example and every conformance vector.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { promisify } from "node:util";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { isObject, type JsonObject } from "../scripts/json.js";
import { buildOutputs } from "../scripts/outputs.js";
import { repoRoot } from "../scripts/sources.js";
import { bundledSchemas, bundlesDirectory } from "../scripts/standard-bundles.js";
import { annotationKeywords } from "../src/index.js";
import { strictAjv } from "./support/ajv.js";
import { releases, sources } from "./support/sources.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const generated = buildOutputs(sources, releases).files.map((file) => file.path);
const bundleDir = join(repoRoot, bundlesDirectory);
const versions = readdirSync(bundleDir).sort();

function readBundle(version: string, file: string): JsonObject {
  return JSON.parse(readFileSync(join(bundleDir, version, file), "utf8")) as JsonObject;
}

/** Every `$ref` in a document, with its JSON pointer. */
function refsOf(node: unknown, pointer = ""): [string, string][] {
  if (Array.isArray(node)) return node.flatMap((item, i) => refsOf(item, `${pointer}/${i}`));
  if (!isObject(node)) return [];
  return Object.entries(node).flatMap(([key, value]): [string, string][] =>
    key === "$ref" && typeof value === "string" ? [[pointer, value]] : key === "enum" || key === "const" || key === "example" || key === "examples" ? [] : refsOf(value, `${pointer}/${key}`),
  );
}

function resolvesIn(document: JsonObject, ref: string): boolean {
  let node: unknown = document;
  for (const segment of ref.slice(2).split("/")) node = isObject(node) ? node[decodeURIComponent(segment).replaceAll("~1", "/").replaceAll("~0", "~")] : undefined;
  return isObject(node);
}

/** What a vendor does: a fresh ajv (2020-12, strict), the standard formats, the annotation keywords registered, and this one document. */
function vendorAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary([...annotationKeywords]);
  return ajv;
}

/** Errors as `pointer keyword` lines: what a validator reports, independent of schema paths. */
function errorLines(validate: ValidateFunction, value: unknown): string[] {
  validate(value);
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.keyword} ${JSON.stringify(error.params)}`).sort();
}

/** Every record, package and header the project ships as examples or conformance vectors. */
function instances(): { where: string; value: JsonObject }[] {
  const found: { where: string; value: JsonObject }[] = [];
  const add = (where: string, value: unknown): void => {
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) add(`${where}/${i}`, item);
    }
    else if (isObject(value)) {
      found.push({ where, value });
      if (Array.isArray(value["records"])) add(`${where}/records`, value["records"]);
    }
  };
  const examples = join(repoRoot, "examples");
  for (const dir of ["json", "jsonl", "invalid"]) {
    for (const file of readdirSync(join(examples, dir)).sort()) {
      const text = readFileSync(join(examples, dir, file), "utf8");
      if (file.endsWith(".json")) add(`examples/${dir}/${file}`, JSON.parse(text));
      else {
        for (const [i, line] of text.split("\n").entries()) if (line.trim() !== "") add(`examples/${dir}/${file}:${i + 1}`, safeParse(line));
      }
    }
  }
  // Consent records (1.1, kept by the exchange API rather than exports) have no example export yet: the validator's rule fixtures.
  const fixtures = join(repoRoot, "packages/validator/test/fixtures/rules");
  for (const rule of ["consent.valid-until", "consent.revoked-at"]) {
    for (const file of ["pass.jsonl", "fail.jsonl"]) {
      const text = readFileSync(join(fixtures, rule, file), "utf8");
      for (const [i, line] of text.split("\n").entries()) if (line.trim() !== "") add(`${rule}/${file}:${i + 1}`, safeParse(line));
    }
  }
  const vectors = join(repoRoot, "conformance/vectors");
  for (const file of readdirSync(vectors).sort()) {
    const groups = JSON.parse(readFileSync(join(vectors, file), "utf8")) as { tests?: { id: string; data: unknown }[] }[];
    for (const group of groups) for (const test of group.tests ?? []) add(`vector ${test.id}`, test.data);
  }
  return found;
}

function safeParse(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/** Wrong values put in place of each field: wrong type, empty, out of range, malformed. */
const replacements: readonly unknown[] = ["", "x", "1990-02-30", -1, 1.5, null, {}, []];

/** Each record with one field replaced or removed: exercises every keyword of the schemas, not only what the vectors cover. */
function mutants(record: JsonObject): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (path.length > 0) {
      for (const replacement of replacements) out.push(replaced(record, path, replacement));
      out.push(replaced(record, path, undefined));
    }
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) visit(item, [...path, i]);
    }
    else if (isObject(node)) for (const [key, value] of Object.entries(node)) visit(value, [...path, key]);
  };
  visit(record, []);
  return out;
}

function replaced(record: JsonObject, path: (string | number)[], value: unknown): JsonObject {
  const copy = structuredClone(record);
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  const last = path.at(-1)!;
  if (value === undefined && Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (value === undefined) delete (parent as Record<string | number, unknown>)[last];
  else (parent as Record<string | number, unknown>)[last] = value;
  return copy;
}

const all = instances();
/** Which instances each bundled schema is meant for. */
const meantFor: Record<(typeof bundledSchemas)[number], (value: JsonObject) => boolean> = {
  person: (v) => v["recordType"] === "person",
  enrolment: (v) => v["recordType"] === "enrolment",
  transfer: (v) => v["recordType"] === "transfer",
  assistance: (v) => v["recordType"] === "assistance",
  record: (v) => typeof v["recordType"] === "string" && v["recordType"] !== "header",
  package: (v) => "records" in v,
  "jsonl-header": (v) => v["recordType"] === "header",
  benefit: (v) => v["recordType"] === "benefit",
  medicalRegistration: (v) => v["recordType"] === "medicalRegistration",
  medicalSettlement: (v) => v["recordType"] === "medicalSettlement",
  organisation: (v) => v["recordType"] === "organisation",
  donation: (v) => v["recordType"] === "donation",
  consent: (v) => v["recordType"] === "consent",
};

/** The bundled documents a version has: 1.0 predates benefit and the 异地就医 records. */
const bundledIn = (version: string) => bundledSchemas.filter((name) => existsSync(join(bundleDir, version, `${name}.schema.json`)));

it("packages/schemas/bundles holds exactly the generated bundles (no stale version or file)", () => {
  const committed = versions.flatMap((version) => readdirSync(join(bundleDir, version)).map((file) => `${bundlesDirectory}/${version}/${file}`));
  expect(committed.sort()).toEqual(generated.filter((path) => path.startsWith(`${bundlesDirectory}/`)).sort());
});

it("there is a bundle for the working tree and for every release", () => {
  expect(releases.length).toBeGreaterThan(0);
  expect(versions).toEqual(trees.map((tree) => tree.version).sort());
});

describe.each(versions)("bundles/%s", (version) => {
  describe.each(bundledIn(version))("%s.schema.json", (name) => {
    const bundle = readBundle(version, `${name}.schema.json`);

    it("declares the standard 2020-12 meta-schema and refers only inside itself, to whole $defs entries", () => {
      expect(bundle["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
      const bad = refsOf(bundle).filter(([, ref]) => !/^#\/\$defs\/[^/]+$/.test(ref) || !resolvesIn(bundle, ref));
      expect(bad).toEqual([]);
    });

    it("loads alone in a fresh ajv (strict, no loader, nothing else added)", () => {
      expect(() => vendorAjv().compile(bundle)).not.toThrow();
    });
  });

  // quicktype and most generators read `properties` and ignore if/then: the per-type bundles are what they must be fed.
  it("each record type's bundle declares every field at its root; the record union only recordType (so generators get nothing from it)", () => {
    for (const type of ["person", "enrolment", "transfer", "assistance"]) {
      const properties = Object.keys(readBundle(version, `${type}.schema.json`)["properties"] as JsonObject);
      expect(properties, type).toEqual(expect.arrayContaining(["recordType", "id", "meta", "extensions"]));
      expect(properties.length, type).toBeGreaterThan(6);
    }
    expect(Object.keys(readBundle(version, "record.schema.json")["properties"] as JsonObject)).toEqual(["recordType"]);
  });

  it("openapi.json and openapi.yaml hold the same document, with local refs and relative servers", () => {
    const json = readBundle(version, "openapi.json");
    const yaml = parseYaml(readFileSync(join(bundleDir, version, "openapi.yaml"), "utf8")) as unknown;
    expect(yaml).toEqual(json);
    expect(refsOf(json).filter(([, ref]) => !/^#\/components\/[A-Za-z]+\/[^/]+$/.test(ref) || !resolvesIn(json, ref))).toEqual([]);
    for (const server of json["servers"] as JsonObject[]) expect(String(server["url"])).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
  });

  // A real OpenAPI tool on the file as shipped: Redocly CLI's recommended rules include the OpenAPI 3.1 structure.
  it.each(["openapi.json", "openapi.yaml"])("%s lints clean with Redocly CLI (recommended rules, offline): no error, no warning", async (file) => {
    const cli = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, "lint", join(bundleDir, version, file), "--format=json"], {
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      cwd: bundleDir,
    });
    const result = JSON.parse(stdout.slice(stdout.indexOf("{"))) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] };
    expect(result.problems, stderr).toEqual([]);
    expect(result.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);
});

/** Each version's tree of the standard: its schemas by `$id` and its version. */
const trees = [{ folder: "schemas", sources }, ...releases].map(({ folder, sources: tree }) => {
  const byId = new Map<string, JsonObject>(tree.schemas.map((s) => [String(s.json["$id"]), s.json]));
  const pkg = tree.schemas.find((s) => s.path === `${folder}/package.schema.json`)!.json;
  const version = String(((pkg["properties"] as JsonObject)["schemaVersion"] as JsonObject)["const"]);
  const idOf = (name: string) => String(tree.schemas.find((s) => s.path === `${folder}/${name}.schema.json`)!.json["$id"]);
  return { version, byId, idOf };
});
const knownVersions = new Set(trees.map((tree) => tree.version));

/** Packages and headers of the examples declare one version; those declaring a known one are tried as the version under test. */
function asVersion(value: JsonObject, version: string): JsonObject {
  return typeof value["schemaVersion"] === "string" && knownVersions.has(value["schemaVersion"]) ? { ...value, schemaVersion: version } : value;
}

describe.each(trees)("bundles/$version validate as the source schemas of $version do", ({ version, byId, idOf }) => {
  const source = strictAjv(byId, idOf("meta/czt-meta"));

  it.each(bundledIn(version))("%s: same errors on every example, vector and mutant of its kind", (name) => {
    const fromSource = source.getSchema(idOf(name))!;
    const fromBundle = vendorAjv().compile(readBundle(version, `${name}.schema.json`));
    // The examples are 1.1 exports: as a 1.0 package they keep only the records 1.0 accepts (no organisation, no 1.1 field).
    const recordSchema = source.getSchema(idOf("record"))!;
    const known = (value: JsonObject): JsonObject =>
      version === "1.0" && Array.isArray(value["records"]) ? { ...value, records: (value["records"] as JsonObject[]).filter((r) => errorLines(recordSchema, r).length === 0) } : value;
    const shipped = all.filter(({ value }) => meantFor[name](value)).map(({ where, value }) => ({ where, value: known(asVersion(value, version)) }));
    // Mutants of the first valid record of each type (of the package: its first one).
    const seeds = ["person", "enrolment", "transfer", "assistance", "benefit", "medicalRegistration", "medicalSettlement", "header", "package", "organisation", "donation", "consent"].flatMap((kind) => {
      if (kind === "package") {
        // A package's records are mutated through the record seeds; keep one of each type, the
        // first this version accepts (the examples also carry records only later versions know).
        for (const { where, value } of shipped.filter(({ value }) => "records" in value)) {
          const accepted = (value["records"] as JsonObject[]).filter((r) => errorLines(fromSource, { ...value, records: [r] }).length === 0);
          const records = accepted.filter((r, i, rs) => rs.findIndex((o) => o["recordType"] === r["recordType"]) === i);
          const candidate = { ...value, records };
          if (records.length > 0 && errorLines(fromSource, candidate).length === 0) return [{ where, value: candidate }];
        }
        return [];
      }
      const seed = shipped.find(({ value }) => value["recordType"] === kind && errorLines(fromSource, value).length === 0);
      return seed === undefined ? [] : [seed];
    });
    const mutated = seeds.flatMap((seed) => mutants(seed.value).map((value, i) => ({ where: `${seed.where} mutant ${i}`, value })));
    const packageSeeds = name === "package" ? seeds.filter((seed) => "records" in seed.value) : [];
    const cases = [...shipped, ...packageSeeds, ...mutated];
    expect(cases.length).toBeGreaterThan(2);
    let rejected = 0;
    for (const { where, value } of cases) {
      const expected = errorLines(fromSource, value);
      if (expected.length > 0) rejected++;
      expect(errorLines(fromBundle, value), where).toEqual(expected);
    }
    // Both outcomes were exercised.
    expect(rejected).toBeGreaterThan(0);
    expect(rejected).toBeLessThan(cases.length);
  });
});
