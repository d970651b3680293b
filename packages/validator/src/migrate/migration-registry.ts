import type { MigrationRegistry } from "./migration-step.js";

/**
 * The migrations of the standard. A version that changes records mechanically adds its
 * `migrateRecord` here (the v1.1 modelling issues); 1.0 → 1.1 changes no valid data.
 */
export const migrationRegistry: MigrationRegistry = [{ from: "1.0", to: "1.1", summary: "the declared schemaVersion only: 1.1 accepts every valid 1.0 record unchanged" }];
