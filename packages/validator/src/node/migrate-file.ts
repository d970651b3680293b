import { createReadStream } from "node:fs";
import { formatFromName, sniffFormat } from "../input/detect-format.js";
import { createMigrator, type MigrationSummary } from "../migrate/export-migrator.js";
import type { MigrationProblem } from "../migrate/migration-problem.js";
import { migrationRegistry } from "../migrate/migration-registry.js";
import { type MigrationPlan, planMigration } from "../migrate/migration-plan.js";
import type { MigrationRegistry } from "../migrate/migration-step.js";
import { createVersionProbe, type MigrationFormat } from "../migrate/version-probe.js";

const chunkBytes = 1024 * 1024;

export interface MigrateFileOptions {
  to: string;
  registry?: MigrationRegistry;
  /** Force a format instead of guessing from the name and content. */
  format?: MigrationFormat;
  /**
   * Opens the output, called only once the file is known to be migratable (nothing is
   * written for a file that is not). `write` resolves when the output can take more.
   */
  open: () => Promise<{ write: (bytes: Uint8Array) => Promise<void> | void; close: () => Promise<void> }>;
}

export type FileMigration =
  | { ok: true; from: string; to: string; summary: MigrationSummary }
  /** Not migrated: nothing was written. `plan` is set when the declared version was read but cannot go to the target. */
  | { ok: false; problem: MigrationProblem; plan?: Extract<MigrationPlan, { ok: false }> };

async function formatOf(path: string): Promise<MigrationFormat> {
  const named = formatFromName(path);
  if (named) return named;
  for await (const chunk of createReadStream(path, { start: 0, end: 65535 })) return sniffFormat(chunk as Uint8Array);
  return "jsonl";
}

/**
 * Migrates one export file to `to`: a first pass finds the version it declares (reading
 * only as far as needed), a second streams it through the migrator into the output.
 */
export async function migrateFile(path: string, options: MigrateFileOptions): Promise<FileMigration> {
  const registry = options.registry ?? migrationRegistry;
  const format = options.format ?? (await formatOf(path));
  const probe = createVersionProbe(format);
  if (format !== "csv") {
    const stream = createReadStream(path, { highWaterMark: 65536 });
    for await (const chunk of stream) if (probe.push(chunk as Uint8Array)) break;
    stream.destroy();
  }
  const declared = probe.end();
  if (!declared.ok) return { ok: false, problem: declared.problem };
  const plan = planMigration(declared.version, options.to, registry);
  if (!plan.ok) {
    const kind = plan.kind === "unknown-target" ? "unknown-source" : plan.kind;
    return { ok: false, plan, problem: { kind, line: declared.line, message: plan.message } };
  }
  if (format === "csv") throw new Error("unreachable: CSV declares no version");
  const output = await options.open();
  const pending: Uint8Array[] = [];
  const migrator = createMigrator({ format, to: options.to, steps: plan.steps, write: (bytes) => pending.push(bytes) });
  for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes })) {
    migrator.push(chunk as Uint8Array);
    await flush(pending, output.write);
  }
  const summary = migrator.end();
  await flush(pending, output.write);
  await output.close();
  return { ok: true, from: declared.version, to: options.to, summary };
}

/** Writes what the migrator produced for one chunk as one buffer. */
async function flush(pending: Uint8Array[], write: (bytes: Uint8Array) => Promise<void> | void): Promise<void> {
  if (pending.length === 0) return;
  const bytes = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
  pending.length = 0;
  await write(bytes);
}
