import { type Converted, converted, refused } from "./result.js";

const yes = new Set(["是", "true", "1", "y", "Y", "TRUE", "√"]);
const no = new Set(["否", "false", "0", "n", "N", "FALSE", "×"]);

/** A yes/no column (`是`/`否`, `true`/`false`, `1`/`0`, `Y`/`N`, `√`/`×`) as a boolean; anything else is refused. */
export function toBoolean(input: string | number | boolean): Converted<boolean> {
  if (typeof input === "boolean") return converted(input);
  const text = String(input).trim();
  if (yes.has(text)) return converted(true);
  if (no.has(text)) return converted(false);
  return refused("{value} 不是“是”或“否”", "{value} is not yes or no (是/否, true/false, 1/0)");
}
