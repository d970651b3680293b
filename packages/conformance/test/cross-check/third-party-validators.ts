/**
 * Three JSON Schema implementations other than ajv, each in its DEFAULT settings, loaded
 * offline with the standard's schemas registered by `$id`: what a vendor who validates
 * with the published schemas (and no CZT-SS code) gets. Each answers valid or not for a
 * batch of instances of one schema.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Validator as CfworkerValidator, type Schema as CfworkerSchema } from "@cfworker/json-schema";
import { registerSchema, validate as hyperjumpValidate } from "@hyperjump/json-schema/draft-2020-12";

export interface ThirdPartyValidator {
  name: string;
  /** How it was set up, for the report: only what a default installation needs. */
  settings: string;
  /** Whether each instance is valid against the schema `$id`. */
  validate(schemaId: string, instances: readonly unknown[]): Promise<boolean[]>;
  close(): void;
}

type Schemas = Readonly<Record<string, object>>;

const isMetaSchema = (schema: object) => String((schema as { $id?: unknown }).$id).includes("/meta/");

/** Hyperjump: the standard's meta-schema is a dialect, so it is registered before the schemas that declare it. */
export async function hyperjump(schemas: Schemas): Promise<ThirdPartyValidator> {
  const ordered = [...Object.values(schemas).filter(isMetaSchema), ...Object.values(schemas).filter((s) => !isMetaSchema(s))];
  for (const schema of ordered) registerSchema(structuredClone(schema) as never);
  return {
    name: "@hyperjump/json-schema",
    settings: "registerSchema for every schema; validate(); formats not imported (format is an annotation)",
    async validate(schemaId, instances) {
      const check = await hyperjumpValidate(schemaId);
      return instances.map((instance) => check(instance as never).valid);
    },
    close() {},
  };
}

/** @cfworker/json-schema reads no `$schema`: the draft is its constructor's argument (its default is 2019-09). */
export async function cfworker(schemas: Schemas): Promise<ThirdPartyValidator> {
  const validators = new Map<string, CfworkerValidator>();
  const validatorOf = (schemaId: string) => {
    let validator = validators.get(schemaId);
    if (!validator) {
      const root = schemas[schemaId];
      if (!root) throw new Error(`no schema ${schemaId}`);
      validator = new CfworkerValidator(structuredClone(root) as CfworkerSchema, "2020-12");
      for (const [id, schema] of Object.entries(schemas)) if (id !== schemaId) validator.addSchema(structuredClone(schema) as CfworkerSchema);
      validators.set(schemaId, validator);
    }
    return validator;
  };
  return {
    name: "@cfworker/json-schema",
    settings: 'new Validator(schema, "2020-12") + addSchema for every other schema; otherwise default (it asserts formats)',
    async validate(schemaId, instances) {
      const validator = validatorOf(schemaId);
      return instances.map((instance) => validator.validate(instance).valid);
    },
    close() {},
  };
}

const run = promisify(execFile);

/** The sourcemeta CLI binary that the npm package ships, for this platform; undefined when it cannot run here. */
async function sourcemetaCommand(): Promise<string | undefined> {
  const require = createRequire(import.meta.url);
  const cli = join(require.resolve("@sourcemeta/jsonschema/package.json"), "..", "npm", "cli.js");
  try {
    await run(process.execPath, [cli, "version"]);
    return cli;
  } catch {
    return undefined;
  }
}

/**
 * sourcemeta `jsonschema validate`, without --format-assertion: the schemas written to a
 * folder and imported with --resolve, the instances as one JSON Lines file. It checks
 * the lines in parallel and, with --verbose, says `ok:` or `fail:` for each
 * `(entry #N)` (1-based) in the order they finish.
 */
export async function sourcemeta(schemas: Schemas): Promise<ThirdPartyValidator | undefined> {
  const cli = await sourcemetaCommand();
  if (!cli) return undefined;
  const folder = mkdtempSync(join(tmpdir(), "czt-sourcemeta-"));
  const fileOf = new Map<string, string>();
  Object.entries(schemas).forEach(([id, schema], index) => {
    const file = join(folder, `schema-${index}.json`);
    writeFileSync(file, JSON.stringify(schema));
    fileOf.set(id, file);
  });
  return {
    name: "@sourcemeta/jsonschema",
    settings: "jsonschema validate SCHEMA INSTANCES.jsonl --resolve FOLDER --continue --verbose (no --format-assertion)",
    async validate(schemaId, instances) {
      const schemaFile = fileOf.get(schemaId);
      if (!schemaFile) throw new Error(`no schema ${schemaId}`);
      const instancesFile = join(folder, "instances.jsonl");
      writeFileSync(instancesFile, `${instances.map((instance) => JSON.stringify(instance)).join("\n")}\n`);
      const args = [cli, "validate", schemaFile, instancesFile, "--resolve", folder, "--continue", "--verbose"];
      // Exit code 2 means "some instance failed"; the answers are printed either way.
      const output = await run(process.execPath, args, { maxBuffer: 1 << 30 }).then(
        (result) => result.stdout + result.stderr,
        (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ""}${error.stderr ?? ""}`,
      );
      const answers: (boolean | undefined)[] = instances.map(() => undefined);
      for (const [, verdict, entry] of output.matchAll(/^(ok|fail): .*\(entry #(\d+)\)$/gm)) answers[Number(entry) - 1] = verdict === "ok";
      const missing = answers.findIndex((answer) => answer === undefined);
      if (missing >= 0) throw new Error(`jsonschema validate gave no answer for instance ${missing + 1}: ${output.slice(0, 2000)}`);
      return answers as boolean[];
    },
    close() {
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
