// Shared StrykerJS settings for `npm run mutation` (issue 19); each package's
// stryker.config.mjs names only what it mutates. docs/testing.md explains the choices.

/**
 * @param {string} name report folder under reports/mutation/ (the package's short name)
 * @param {string[]} mutate globs of the source files to mutate, relative to the package
 * @returns {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
export function strykerConfig(name, mutate) {
  const reports = `../../reports/mutation/${name}`;
  return {
    testRunner: "vitest",
    vitest: { configFile: "vitest.config.ts", related: true },
    mutate,
    coverageAnalysis: "perTest",
    // vitest does not type-check, and the `// @ts-nocheck` Stryker would otherwise write
    // into every file breaks the drift tests of generated files.
    disableTypeChecks: false,
    // Tests import other workspaces, the repository's fixtures and the built dist/ by
    // relative paths, which a sandbox copy would break: mutate the checkout itself
    // (Stryker restores it at the end, also on Ctrl-C, from a backup in reports/).
    inPlace: true,
    tempDirName: `${reports}/.stryker-tmp`,
    // Only mutants whose code or covering tests changed since the last run are retested.
    incremental: true,
    incrementalFile: `${reports}/stryker-incremental.json`,
    // Code run only at module load (the division table, regex literals) needs a fresh
    // test process per mutant: hours on two cores. `-- --ignoreStatic false` includes it.
    ignoreStatic: true,
    reporters: ["progress-append-only", "html", "json", "clear-text"],
    htmlReporter: { fileName: `${reports}/index.html` },
    jsonReporter: { fileName: `${reports}/mutation.json` },
    clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
    // Colours of the HTML report; scripts/mutation.mjs enforces 90 % per folder itself.
    thresholds: { high: 95, low: 90, break: null },
    concurrency: 1,
    cleanTempDir: "always",
  };
}
