// Preloaded (`node --import`) into the czt map runs of the bench: after each full
// (mark-compact) collection, the memory still in use — the heap less its young generation,
// plus array buffers (where typed arrays live) — and at exit the largest such figure, to
// CZT_BENCH_LIVE_FILE. Peak RSS also counts garbage waiting for V8's next full collection,
// which varies from run to run; this is what a run retains.
import { writeFileSync } from "node:fs";
import { constants, PerformanceObserver } from "node:perf_hooks";
import { getHeapSpaceStatistics } from "node:v8";

const target = process.env["CZT_BENCH_LIVE_FILE"];
if (target) {
  let live = 0;
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntries().some((entry) => entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)) return;
    const old = getHeapSpaceStatistics()
      .filter((space) => space.space_name !== "new_space")
      .reduce((total, space) => total + space.space_used_size, 0);
    live = Math.max(live, old + process.memoryUsage().arrayBuffers);
  });
  observer.observe({ entryTypes: ["gc"] });
  process.on("exit", () => writeFileSync(target, JSON.stringify({ live })));
}
