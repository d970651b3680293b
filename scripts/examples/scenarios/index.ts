/**
 * Every scenario of the example exports, one line each. To add a scenario, create
 * `scenarios/<topic>.ts` exporting `export const scenario: Scenario = { "430100": [...], … }`
 * and append one line here:
 *
 *   export { scenario as <topic> } from "./<topic>.js";
 *
 * Scenarios are appended to the cities' exports in the alphabetical order of their
 * names here (the order of a module namespace), whatever the order of the lines. Give
 * each record a sequence number of its own (recordId(city, letter, n)): the bundled
 * examples must validate with zero findings, duplicate record ids included.
 */

export { scenario as transfers } from "./transfers.js";
export { scenario as contributions } from "./contributions.js";
export { scenario as assistance } from "./assistance.js";
export { scenario as benefits } from "./benefits.js";
export { scenario as deaths } from "./deaths.js";
export { scenario as care } from "./care.js";
