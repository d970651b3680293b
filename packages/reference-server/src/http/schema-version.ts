import { currentVersion, standardVersions } from "@czt/schemas";
import { ProblemException } from "./problem.js";

/** The request and response header that names the version of the standard (docs/versioning.md). */
export const schemaVersionHeader = "CZT-Schema-Version";

/** The versions the server speaks, oldest first: every version whose schemas it carries. */
export const supportedSchemaVersions: readonly string[] = standardVersions;

/** The version of a request that names none. */
export const currentSchemaVersion: string = currentVersion;

/**
 * The version a request asks for: its `CZT-Schema-Version` header (surrounding blanks
 * ignored), or the current version without one. Anything else — another major, an unknown
 * minor, a list — is a 400 naming the supported versions: a server never guesses a version.
 */
export function requestedSchemaVersion(header: string | string[] | undefined): string {
  if (header === undefined) return currentSchemaVersion;
  const value = Array.isArray(header) ? header.join(", ") : header.trim();
  if (supportedSchemaVersions.includes(value)) return value;
  return unsupported(value);
}

function unsupported(value: string): never {
  throw new ProblemException(
    400,
    "unsupported-schema-version",
    "Unsupported schema version",
    `${schemaVersionHeader} ${JSON.stringify(value)} is not supported: send one of ${supportedSchemaVersions.join(", ")} (or none for ${currentSchemaVersion})`,
    [{ ruleId: "api.schema-version", pointer: "" }],
  );
}
