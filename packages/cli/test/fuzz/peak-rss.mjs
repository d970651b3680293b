// Preloaded (`node --import`) into a czt child process by the fuzz test: when the
// process exits, it writes its peak resident set size (kilobytes) to file descriptor 3,
// so the test can hold every run to a memory bound without instrumenting czt itself.
import { writeSync } from "node:fs";

process.on("exit", () => {
  try {
    writeSync(3, String(process.resourceUsage().maxRSS));
  } catch {
    // No descriptor 3 (run by hand): nothing to report.
  }
});
