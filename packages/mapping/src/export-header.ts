import { currentVersion } from "@czt/schemas";
import type { Mapping } from "./mapping.js";

/** The header line of the export a mapping writes: the mapping's header, the current schema version and now as `created` unless it says otherwise. */
export function exportHeader(mapping: Mapping, now: Date = new Date()): Record<string, unknown> {
  return { recordType: "header", schemaVersion: mapping.header.schemaVersion ?? currentVersion, ...mapping.header, created: mapping.header.created ?? now.toISOString().replace(/\.\d+Z$/, "Z") };
}
