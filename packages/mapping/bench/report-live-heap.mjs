// Preloaded (`node --import`) into the czt map runs of the bench: the memory a run retains —
// the heap less its young generation, plus external memory (where typed arrays live), as
// V8 reports it at the end of each full (mark-compact) collection (v8.GCProfiler) — and at
// exit the largest such figure, to CZT_BENCH_LIVE_FILE. Peak RSS also counts garbage
// waiting for V8's next full collection, which varies from run to run.
import { writeFileSync } from "node:fs";
import { GCProfiler } from "node:v8";

const target = process.env["CZT_BENCH_LIVE_FILE"];
if (target) {
  const profiler = new GCProfiler();
  profiler.start();
  process.on("exit", () => {
    let live = 0;
    for (const gc of profiler.stop()?.statistics ?? []) {
      if (gc.gcType !== "MarkSweepCompact") continue;
      const old = gc.afterGC.heapSpaceStatistics.filter((space) => space.spaceName !== "new_space").reduce((total, space) => total + space.spaceUsedSize, 0);
      live = Math.max(live, old + gc.afterGC.heapStatistics.externalMemory);
    }
    writeFileSync(target, JSON.stringify({ live }));
  });
}
