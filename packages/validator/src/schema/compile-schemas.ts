import type { ValidateFunction } from "ajv";
import { validatorsByVersion } from "../generated/validators-by-version.js";
import type { RecordType } from "../rule.js";
import { createAjv } from "./create-ajv.js";
import { buildFieldMap, type FieldInfo } from "./field-map.js";
import { recordTypes, recordTypesOf, type SchemaSet } from "./schema-set.js";
import { standardSchemaSets } from "./standard-schema-set.js";

/** Whether a record is valid, and nothing more: no errors, no allocation on success. */
export type QuickCheck = (record: unknown) => boolean;

export interface CompiledSchemas {
  /** The first check of a record; the reporting validator runs only when it says no. None for a type the version lacks. */
  /** Absent for a record type the version does not have (benefit in 1.0). */
  quick: Readonly<Partial<Partial<Record<RecordType, QuickCheck>>>>;
  /** The reporting validators: every error of a record, for its findings. */
  validators: Readonly<Partial<Record<RecordType, ValidateFunction>>>;
  fields: Readonly<Partial<Record<RecordType, Map<string, FieldInfo>>>>;
  header?: ValidateFunction;
  /** The package envelope; its header is checked with an empty `records`. */
  package?: ValidateFunction;
  /** Fields of the JSON Lines header and of the package envelope, for messages. */
  headerFields: Map<string, FieldInfo>;
  packageFields: Map<string, FieldInfo>;
}

type Validators = {
  quick: Partial<Record<RecordType, QuickCheck>>;
  validators: Partial<Record<RecordType, ValidateFunction>>;
  header?: ValidateFunction;
  package?: ValidateFunction;
};

/** The schema set of a version of the standard, when `set` is one. */
function standardVersionOf(set: SchemaSet): string | undefined {
  return Object.entries(standardSchemaSets).find(([, standard]) => standard === set)?.[0];
}

/** A version's schemas were compiled at build time. */
function prebuilt(modules: { reporting: object; quick: object }): Validators {
  const v = modules.reporting as Partial<Record<string, ValidateFunction>>;
  const q = modules.quick as Partial<Record<string, QuickCheck>>;
  const quick: Partial<Record<RecordType, QuickCheck>> = {};
  const validators: Partial<Record<RecordType, ValidateFunction>> = {};
  // A version's modules export the record types it has (1.0: none of those added in 1.1).
  for (const type of recordTypes) {
    const check = q[type];
    const validate = v[type];
    if (check !== undefined && validate !== undefined) {
      quick[type] = check;
      validators[type] = validate;
    }
  }
  return {
    quick,
    validators,
    header: v["jsonlHeader"]!,
    package: v["envelope"]!,
  };
}

/** Any other schema set (a profile, a test) is compiled now, once; its reporting validators are also its quick checks. */
function compileNow(set: SchemaSet): Validators {
  const ajv = createAjv(set);
  const validators: Partial<Record<RecordType, ValidateFunction>> = {};
  for (const type of recordTypesOf(set)) {
    const id = set.recordSchemaIds[type]!;
    const validate = ajv.getSchema(id);
    if (!validate) throw new Error(`schema ${id} for ${type} records is missing`);
    validators[type] = validate;
  }
  const result: Validators = { quick: validators, validators };
  const header = set.recordSchemaIds.jsonlHeader ? ajv.getSchema(set.recordSchemaIds.jsonlHeader) : undefined;
  if (header) result.header = header;
  const envelope = set.recordSchemaIds.package ? ajv.getSchema(set.recordSchemaIds.package) : undefined;
  if (envelope) result.package = envelope;
  return result;
}

/** Validators for every record type, plus the field maps messages and CSV typing use. */
export function compileSchemas(set: SchemaSet): CompiledSchemas {
  const version = standardVersionOf(set);
  const modules = version === undefined ? undefined : validatorsByVersion[version];
  const { quick, validators, header, package: envelope } = modules === undefined ? compileNow(set) : prebuilt(modules);
  const fields: Partial<Record<RecordType, Map<string, FieldInfo>>> = {};
  for (const type of recordTypesOf(set)) fields[type] = buildFieldMap(set.schemas, set.recordSchemaIds[type]!);
  const headerFields = set.recordSchemaIds.jsonlHeader ? buildFieldMap(set.schemas, set.recordSchemaIds.jsonlHeader) : new Map<string, FieldInfo>();
  const packageFields = set.recordSchemaIds.package ? buildFieldMap(set.schemas, set.recordSchemaIds.package) : new Map<string, FieldInfo>();
  const compiled: CompiledSchemas = { quick, validators, fields, headerFields, packageFields };
  if (header) compiled.header = header;
  if (envelope) compiled.package = envelope;
  return compiled;
}
