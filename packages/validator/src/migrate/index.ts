export type { MigrationRegistry, MigrationStep, RecordMigration } from "./migration-step.js";
export { migrationRegistry } from "./migration-registry.js";
export { checkTarget, knownVersions, type MigrationPlan, planMigration } from "./migration-plan.js";
export type { MigrationProblem } from "./migration-problem.js";
export { createVersionProbe, type DeclaredVersion, type MigrationFormat, type VersionProbe } from "./version-probe.js";
export { createMigrator, type MigrationSummary, type Migrator, type MigratorOptions } from "./export-migrator.js";
