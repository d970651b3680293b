// Preloaded (`node --import`) into each measured process: writes its peak RSS and the CPU
// time of all its threads when it exits.
import { writeFileSync } from "node:fs";

const target = process.env["CZT_BENCH_RSS_FILE"];
if (target) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ rss: usage.maxRSS * 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
  });
}
