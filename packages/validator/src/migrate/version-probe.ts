import { findInvalidUtf8 } from "../input/find-invalid-utf8.js";
import type { MigrationProblem } from "./migration-problem.js";
import { isPlainObject } from "./record-steps.js";
import { TopLevelRewriter } from "./top-level-rewriter.js";

export type MigrationFormat = "json" | "jsonl" | "csv";

/** The version an export declares, or why it declares none. */
export type DeclaredVersion = { ok: true; version: string; line: number } | { ok: false; problem: MigrationProblem };

/** The longest JSON Lines header line read. */
const maxHeaderBytes = 1 << 20;

export interface VersionProbe {
  /** Reads more of the file; true once the answer is known (the rest need not be read). */
  push(chunk: Uint8Array): boolean;
  end(): DeclaredVersion;
}

const notUtf8 = (line: number): DeclaredVersion => ({
  ok: false,
  problem: { kind: "not-utf8", line, message: "the file is not UTF-8: convert it (e.g. iconv -f GB18030 -t UTF-8) before migrating" },
});

function fromValue(value: unknown, line: number): DeclaredVersion {
  if (typeof value === "string") return { ok: true, version: value, line };
  return { ok: false, problem: { kind: "no-version", line, message: value === undefined ? "declares no schemaVersion" : "schemaVersion is not a string" } };
}

/** JSON Lines: the version is the header's, and the header is the first non-blank line. */
function jsonLinesProbe(): VersionProbe {
  const parts: Uint8Array[] = [];
  let size = 0;
  let answer: DeclaredVersion | undefined;
  const decide = (bytes: Uint8Array): DeclaredVersion => {
    const text = new TextDecoder("utf-8").decode(bytes);
    const blankLines = text.match(/^(?:[ \t\r]*\n)*/)?.[0].split("\n").length ?? 1;
    const start = text.search(/\S/);
    if (start === -1) return { ok: false, problem: { kind: "no-version", line: 1, message: "the file is empty" } };
    if (findInvalidUtf8(bytes) !== -1) return notUtf8(blankLines);
    const end = text.indexOf("\n", start);
    let header: unknown;
    try {
      header = JSON.parse(text.slice(start, end === -1 ? undefined : end));
    } catch {
      return { ok: false, problem: { kind: "malformed", line: blankLines, message: "the first line is not JSON" } };
    }
    if (!isPlainObject(header) || header["recordType"] !== "header") {
      return { ok: false, problem: { kind: "no-version", line: blankLines, message: "no header line: a JSON Lines export declares its schemaVersion in a first line {\"recordType\":\"header\",…}" } };
    }
    return fromValue(header["schemaVersion"], blankLines);
  };
  return {
    push(chunk) {
      if (answer) return true;
      parts.push(chunk);
      size += chunk.length;
      const joined = new Uint8Array(size);
      let at = 0;
      for (const part of parts) {
        joined.set(part, at);
        at += part.length;
      }
      const text = new TextDecoder("utf-8").decode(joined);
      const start = text.search(/\S/);
      if ((start !== -1 && text.indexOf("\n", start) !== -1) || size > maxHeaderBytes) answer = decide(joined);
      return answer !== undefined;
    },
    end() {
      if (answer) return answer;
      const joined = new Uint8Array(size);
      let at = 0;
      for (const part of parts) {
        joined.set(part, at);
        at += part.length;
      }
      return decide(joined);
    },
  };
}

/** A JSON document: the top-level object's `schemaVersion`, wherever it is among the members. */
function jsonProbe(): VersionProbe {
  const rewriter = new TopLevelRewriter({ member: "schemaVersion", write: () => {} });
  let first = true;
  let invalid = false;
  const found = () => rewriter.memberValues.length > 0 || (rewriter.topKind !== undefined && rewriter.topKind !== "object");
  return {
    push(chunk) {
      if (first) {
        first = false;
        // A multi-byte character cut at the end of the chunk is not an error.
        const at = findInvalidUtf8(chunk);
        invalid = at !== -1 && at < chunk.length - 3;
      }
      if (invalid) return true;
      rewriter.push(chunk);
      return found();
    },
    end() {
      if (invalid) return notUtf8(1);
      if (rewriter.topKind !== "object" && rewriter.topKind !== undefined) {
        return { ok: false, problem: { kind: "no-version", line: 1, message: "an array of records declares no schemaVersion: only an export package (an object with schemaVersion and records) can be migrated" } };
      }
      const value = rewriter.memberValues[0];
      if (value !== undefined) {
        try {
          return fromValue(JSON.parse(value.text), value.line);
        } catch {
          return fromValue(null, value.line);
        }
      }
      rewriter.end();
      if (rewriter.malformed) return { ok: false, problem: { kind: "malformed", line: rewriter.malformed.line, column: rewriter.malformed.column, message: rewriter.malformed.reason } };
      const what = rewriter.memberNames.includes("recordType") ? "a single record declares no schemaVersion" : "declares no schemaVersion";
      return { ok: false, problem: { kind: "no-version", line: 1, message: what } };
    },
  };
}

/** CSV has no place for a version (see docs/versioning.md): it is never migrated. */
function csvProbe(): VersionProbe {
  return {
    push: () => true,
    end: () => ({ ok: false, problem: { kind: "no-version", line: 1, message: "a CSV export declares no schemaVersion: validate it with --schema-version instead" } }),
  };
}

/** A first pass over an export that finds the version it declares, reading no more than needed. */
export function createVersionProbe(format: MigrationFormat): VersionProbe {
  return format === "jsonl" ? jsonLinesProbe() : format === "json" ? jsonProbe() : csvProbe();
}
