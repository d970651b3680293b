import type { CityCode, CztRecord } from "../model.js";

/**
 * The records one scenario adds to the example exports, by city. A city's records are
 * appended after that city's own records (population/<city>.ts), so a scenario may point
 * at the people and enrolments defined there.
 */
export type Scenario = Readonly<Partial<Record<CityCode, readonly CztRecord[]>>>;
