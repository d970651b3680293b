/** The committed sources, read once per test file. */
import { readSources } from "../../scripts/sources.js";

export const sources = readSources();
export const committedSchemas = new Map<string, object>(sources.schemas.map((s) => [String(s.json["$id"]), s.json]));
