import type { CodeListId } from "@czt/schemas";
import type { CodeSystem } from "./transforms/crosswalk.js";
import type { DateFormat } from "./transforms/parse-date.js";

/** One step of a value's conversion, applied in order (see docs/mapping.md). */
export type Transform =
  | "trim"
  | "halfWidth"
  | "yuanToFen"
  | "idNumber18"
  | "integer"
  | "date"
  | "month"
  | "dateTime"
  | "text"
  | "boolean"
  | "year"
  | { date: DateFormat }
  | { prefix: string }
  | { crosswalk: { list?: CodeListId; system?: CodeSystem; table?: string; titles?: boolean; codes?: boolean } };

/** Derivations from the identity number, for tables that lack sex or birth date. */
export type Derivation = "sexFromIdNumber" | "birthDateFromIdNumber";

/** Where a field's value comes from, and how it is converted. Exactly one source. */
export interface FieldSpec {
  /** The column whose header is this text (or one of these). */
  column?: string | string[];
  /** The column headed by this indicator code (AAC002), alone or with its title (`AAC002 公民身份号码`, `公民身份号码(AAC002)`). */
  indicator?: string;
  /** The column at this position: 1-based number or spreadsheet letter (`C`). */
  position?: number | string;
  /** A constant. */
  value?: string | number | boolean;
  /** Derived from another field of the record being built (its path), by the identity number. */
  derive?: Derivation;
  from?: string;
  /** A stable id: the prefix and a hash of the values of these fields' sources (same data, same id, every run). */
  mint?: { prefix: string; from: FieldSpec[] };
  transform?: Transform[];
  /** Used when the source cell is empty. */
  default?: string | number | boolean;
  /** An empty cell (and no default) is a finding. */
  required?: boolean;
  /** An empty cell takes the value above it: merged cells (a household number merged over its members' rows) keep only the top value. */
  fillDown?: boolean;
}

/** Rows of a source joined into the records of another: household members, detail rows. */
export interface JoinSpec {
  /** The source whose records receive the items (listed before this one). */
  source: string;
  /** The parent's record type in that source (default: the record type of the spec that joins). */
  recordType?: string;
  /** The array field of the parent the items go into (`household.members`, `contributions`). */
  array: string;
  /** This row's join key, matched against the parent's `key`. */
  key: FieldSpec;
  /** Items with equal values of these item fields are merged into one (monthly rows into a yearly entry). */
  groupBy?: string[];
  /** On merging: item fields summed (amounts), and an item field counting the merged rows (months). */
  sum?: string[];
  count?: string;
}

/** One record built from each row of a source. */
export interface RecordSpec {
  recordType: string;
  /** The record id (with `mint` or a column); required unless the rows join into another record. */
  id?: FieldSpec;
  fields: Record<string, FieldSpec>;
  /** The parent key of these records, for sources that join into them. */
  key?: FieldSpec;
  /** The rows are items of another source's records, not records of their own. */
  into?: JoinSpec;
  /** Rows repeating a record (a person on each of their enrolment rows) are one record when equal; a differing one is a duplicate id. */
  repeated?: boolean;
}

/** An input the mapping reads: a file (by name or `*` pattern), a sheet of it, its header row. */
export interface SourceSpec {
  name: string;
  file: string;
  sheet?: string;
  /** 1-based row of the headers (default 1); the rows after it are data. */
  headerRow?: number;
  records: RecordSpec[];
}

/** The JSON Lines header line of the export the mapping writes. */
export interface ExportHeader {
  schemaVersion?: string;
  publisher: { creditCode: string; division: string; department: string; name: string };
  city: string;
  asOf?: string;
  created?: string;
}

/** A mapping file: from one office's legacy export to CZT-SS records. */
export interface Mapping {
  mapping: "czt-ss/1";
  description?: string;
  header: ExportHeader;
  /** Crosswalk tables of the mapping's own, by name (local → standard code). */
  crosswalks?: Record<string, Record<string, string>>;
  /** Values a record type gets when no field spec sets them (nationality CHN, the agency). */
  defaults?: Record<string, Record<string, unknown>>;
  sources: SourceSpec[];
}
