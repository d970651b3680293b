import type { MigrationRegistry, MigrationStep } from "./migration-step.js";

export type MigrationPlan =
  | { ok: true; steps: readonly MigrationStep[] }
  | { ok: false; kind: "unknown-target" | "unknown-source" | "downgrade" | "cross-major"; message: string };

/** The versions a registry knows, oldest first. */
export function knownVersions(registry: MigrationRegistry): string[] {
  const versions: string[] = [];
  for (const step of registry) for (const version of [step.from, step.to]) if (!versions.includes(version)) versions.push(version);
  return versions;
}

function majorOf(version: string): string | undefined {
  return /^(\d+)\.\d+$/.exec(version)?.[1];
}

/** Whether `to` is a version the registry can migrate to (checked before any file is read). */
export function checkTarget(to: string, registry: MigrationRegistry): MigrationPlan | undefined {
  const known = knownVersions(registry);
  if (known.includes(to)) return undefined;
  return { ok: false, kind: "unknown-target", message: `unknown target version '${to}' (known: ${known.join(", ")})` };
}

/**
 * The steps from the declared version `from` to `to`: none when they are equal. Only
 * forward within one major: a minor never makes valid data invalid, so going up is
 * mechanical; going down or across a major is not.
 */
export function planMigration(from: string, to: string, registry: MigrationRegistry): MigrationPlan {
  const target = checkTarget(to, registry);
  if (target) return target;
  const known = knownVersions(registry);
  if (majorOf(from) !== undefined && majorOf(from) !== majorOf(to)) {
    return { ok: false, kind: "cross-major", message: `cannot migrate ${from} to ${to}: a new major version is not a mechanical change` };
  }
  if (!known.includes(from)) return { ok: false, kind: "unknown-source", message: `declares schemaVersion '${from}', which is not a known version (known: ${known.join(", ")})` };
  if (known.indexOf(from) > known.indexOf(to)) return { ok: false, kind: "downgrade", message: `cannot migrate ${from} down to ${to}: data of a newer minor may use what the older one lacks` };
  const steps: MigrationStep[] = [];
  let version = from;
  while (version !== to) {
    const step = registry.find((candidate) => candidate.from === version);
    if (!step) return { ok: false, kind: "unknown-source", message: `no migration from ${version} towards ${to}` };
    steps.push(step);
    version = step.to;
  }
  return { ok: true, steps };
}
