import { cityCodes } from "./code-tables.js";

/** The city code of an index city number, or "unknown". */
export function cityCodeOf(city: number): string {
  return cityCodes[city - 1] ?? "unknown";
}
