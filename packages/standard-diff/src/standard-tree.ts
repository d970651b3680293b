import { parse as parseYaml } from "yaml";
import { type Correction, correctionsFile, parseCorrections } from "./corrections.js";

/** A code list file as the diff reads it (see schemas/codelists/codelist.schema.json). */
export interface CodeListDocument {
  id?: string;
  openness?: string;
  description?: unknown;
  codes?: CodeDocument[];
}

export interface CodeDocument {
  code: string;
  title?: { zh?: string; en?: string };
  description?: unknown;
  status?: string;
  since?: string;
  until?: string;
}

/** One version of the standard, parsed: every path is relative to the version's root (the layout of `schemas/`). */
export interface StandardTree {
  /** What the user named (`1.0`, `.`, `git:HEAD~3`), for reports. */
  label: string;
  /** JSON Schemas (`*.schema.json` anywhere, including `codelists/codelist.schema.json` and `meta/`). */
  schemas: ReadonlyMap<string, unknown>;
  /** Code lists (`codelists/*.json` other than schemas), by file name without `.json`. */
  codeLists: ReadonlyMap<string, CodeListDocument>;
  /** OpenAPI documents (`openapi/*.yaml`, `*.yml`, `*.json`). */
  openapi: ReadonlyMap<string, unknown>;
  /** The breaking changes this version declares as corrections of the one before (`corrections.json`). */
  corrections: readonly Correction[];
}

/** A file of an operand that cannot be read as JSON or YAML: its path and the parser's message. */
export class StandardFileError extends Error {
  override name = "StandardFileError";
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

/** Whether a path (relative, `/`-separated) is one of the standard's files that the diff compares. */
export function isStandardFile(path: string): boolean {
  return path === correctionsFile || path.endsWith(".schema.json") || /^codelists\/[^/]+\.json$/.test(path) || /^openapi\/[^/]+\.(ya?ml|json)$/.test(path);
}

function parseFile(path: string, text: string): unknown {
  try {
    if (path.endsWith(".json")) return JSON.parse(text);
    return parseYaml(text, { prettyErrors: false });
  } catch (error) {
    throw new StandardFileError(path, (error as Error).message.split("\n")[0] ?? "unreadable");
  }
}

/**
 * Parses the files of one version (relative path → text); files that are not part of the
 * standard (SHA256SUMS, READMEs) are ignored. Throws StandardFileError on a file that does not parse.
 */
export function parseStandardTree(label: string, files: ReadonlyMap<string, string>): StandardTree {
  const schemas = new Map<string, unknown>();
  const codeLists = new Map<string, CodeListDocument>();
  const openapi = new Map<string, unknown>();
  let corrections: Correction[] = [];
  for (const [path, text] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!isStandardFile(path)) continue;
    const document = parseFile(path, text);
    if (path === correctionsFile) corrections = parseCorrections(document, (detail) => new StandardFileError(path, detail));
    else if (path.endsWith(".schema.json")) schemas.set(path, document);
    else if (path.startsWith("codelists/")) {
      if (typeof document !== "object" || document === null || !Array.isArray((document as CodeListDocument).codes)) {
        throw new StandardFileError(path, "not a code list (no codes array)");
      }
      codeLists.set(path.slice("codelists/".length, -".json".length), document as CodeListDocument);
    } else openapi.set(path, document);
  }
  return { label, schemas, codeLists, openapi, corrections };
}
