import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type DatasetRule, rules } from "@czt/validator";

/** The folder of the rules' SQL, one `<rule id>.sql` each (shipped with the package). */
export const sqlDirectory = fileURLToPath(new URL("../sql/", import.meta.url));

/** The dataset rules of the validator, in its catalogue order (the order the in-memory phase runs them). */
export const datasetRules: readonly DatasetRule[] = rules.filter((rule): rule is DatasetRule => rule.kind === "dataset");

/** The ids of the dataset rules that have SQL, read from the folder (one file per rule). */
export function portedRuleIds(): ReadonlySet<string> {
  return new Set(
    readdirSync(sqlDirectory)
      .filter((name) => name.endsWith(".sql"))
      .map((name) => name.slice(0, -".sql".length)),
  );
}

/** A rule's SQL, without its trailing semicolon and white space. */
export function ruleSql(ruleId: string): string {
  return readFileSync(new URL(`${ruleId}.sql`, new URL("../sql/", import.meta.url)), "utf8").trim().replace(/;$/, "");
}

/** The shared views' file: created once per run, before the rules, which read the views. */
export const sharedViewsFile = fileURLToPath(new URL("../sql/views/dataset-views.sql", import.meta.url));

/** The statements of the shared views' file (`CREATE VIEW name AS …`), comments left out, in order. */
export function sharedViewStatements(): string[] {
  return readFileSync(sharedViewsFile, "utf8")
    .split("\n")
    .filter((line) => !line.startsWith("--"))
    .join("\n")
    .split(/;[ \t]*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== "");
}
