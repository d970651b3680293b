// Every workspace package that npm would publish checks its own tarball, so a new package cannot skip the checks.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repositoryRoot = fileURLToPath(new URL("../../..", import.meta.url));
const readManifest = (directory: string) =>
  JSON.parse(readFileSync(join(repositoryRoot, directory, "package.json"), "utf8")) as { name: string; private?: boolean; workspaces?: string[]; license?: string };

describe("the published packages", () => {
  const workspaces = readManifest(".").workspaces ?? [];
  const published = workspaces.filter((directory) => readManifest(directory).private !== true);

  it("are the workspace packages that are not private, all under the license of the repository's LICENSE", () => {
    expect(readManifest(".").private).toBe(true);
    expect(published.length).toBeGreaterThanOrEqual(8);
    for (const directory of published) expect(readManifest(directory).license, directory).toBe("Apache-2.0");
  });

  it("each run describePublishedTarball on their own tarball in test/published-tarball.test.ts", () => {
    const missing = published.filter((directory) => {
      const test = join(repositoryRoot, directory, "test", "published-tarball.test.ts");
      return !existsSync(test) || !readFileSync(test, "utf8").includes('describePublishedTarball(fileURLToPath(new URL("..", import.meta.url)))');
    });
    expect(missing, "copy packages/domain/test/published-tarball.test.ts into these packages").toEqual([]);
  });
});
