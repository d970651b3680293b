import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The page is plain files that work from any folder (`base: "./"`): an intranet server,
// `czt web`, or `czt web --out DIR`. No modulepreload polyfill: it would fetch, and the
// page's Content-Security-Policy forbids every connection.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  build: {
    outDir: fileURLToPath(new URL("dist", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 4096,
  },
  worker: { format: "es" },
});
