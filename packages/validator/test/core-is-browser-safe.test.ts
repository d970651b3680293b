import { join } from "node:path";
import { describeBrowserSafeCore } from "../../schemas/scripts/browser-safe-suite.js";

describeBrowserSafeCore(join(import.meta.dirname, "..", "src"), { core: "the library core", purpose: "it runs in a browser" });
