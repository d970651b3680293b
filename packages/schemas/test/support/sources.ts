/** The committed sources, read once per test file. */
import { readReleases, readSources } from "../../scripts/sources.js";

export const sources = readSources();
export const releases = readReleases();
export const committedSchemas = new Map<string, object>(sources.schemas.map((s) => [String(s.json["$id"]), s.json]));
