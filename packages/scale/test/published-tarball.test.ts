// The package as npm publishes it: LICENSE, Markdown links, source maps and publint (see the suite).
import { fileURLToPath } from "node:url";
import { describePublishedTarball } from "../../schemas/scripts/published-tarball-suite.js";

describePublishedTarball(fileURLToPath(new URL("..", import.meta.url)));
