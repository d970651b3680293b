import { join } from "node:path";
import { describeBrowserSafeCore } from "../../schemas/scripts/browser-safe-suite.js";

describeBrowserSafeCore(join(import.meta.dirname, "..", "src"), { core: "the mapping core", purpose: "the page maps in a browser" });
