/**
 * THE source of the example exports: the synthetic people of Changsha, Zhuzhou and
 * Xiangtan and what happened to them. Everything in examples/json and examples/jsonl
 * is generated from these files by build.ts; edit here (or add a scenario under
 * ../scenarios/), then run `npx tsx scripts/examples/build.ts`.
 *
 *   people.ts          identities (movers appear in two cities with the same identity)
 *   employers.ts       employers; city-agencies.ts the publishing and scheme agencies
 *   changsha.ts, zhuzhou.ts, xiangtan.ts   each city's own records
 *
 * All people, numbers and companies are invented. Identity numbers and credit codes
 * have valid check characters (computed by @czt/domain). 低保/特困 standards and
 * benefit levels are placeholders, not official figures.
 */
import { changsha, xiangtan, zhuzhou } from "../agencies.js";
import type { CityCode, CztRecord } from "../model.js";
import * as scenarioModules from "../scenarios/index.js";
import type { Scenario } from "../scenarios/scenario.js";
import { changshaRecords } from "./changsha.js";
import { xiangtanRecords } from "./xiangtan.js";
import { zhuzhouRecords } from "./zhuzhou.js";

export { publishers } from "./city-agencies.js";

// By name, explicitly: a module namespace lists its exports sorted, but not every loader
// (vitest's) builds it that way, and the exports must not depend on who loads them.
const scenarios: readonly Scenario[] = Object.entries(scenarioModules)
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([, scenario]) => scenario);

/** A city's own records followed by what each scenario adds for that city. */
function cityExport(city: CityCode, own: readonly CztRecord[]): readonly CztRecord[] {
  return [...own, ...scenarios.flatMap((scenario) => scenario[city] ?? [])];
}

/** The records of each city's export, in export order: the city's own records, then the scenarios'. */
export const population: Readonly<Record<CityCode, readonly CztRecord[]>> = {
  [changsha]: cityExport(changsha, changshaRecords),
  [zhuzhou]: cityExport(zhuzhou, zhuzhouRecords),
  [xiangtan]: cityExport(xiangtan, xiangtanRecords),
};
