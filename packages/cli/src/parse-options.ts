import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./io.js";

/**
 * `util.parseArgs` for a command's options: an unknown or malformed option becomes a
 * UsageError (one line on stderr, exit 2) that points at `--help`, in every command alike.
 */
export function parseOptions<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const firstLine = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "bad arguments";
    throw new UsageError(`${firstLine} (see --help)`);
  }
}
