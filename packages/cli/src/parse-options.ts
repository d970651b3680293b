import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./io.js";

/**
 * `util.parseArgs` for a command's options: an unknown or malformed option becomes a
 * UsageError (one line on stderr, exit 2) that points at `--help`, in every command alike.
 */
export function parseOptions<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs({ ...config, args: joinDashValues(config.args ?? [], config.options ?? {}) }) as ReturnType<typeof parseArgs<T>>;
  } catch (error) {
    const firstLine = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "bad arguments";
    throw new UsageError(`${firstLine} (see --help)`);
  }
}

/**
 * `--max-findings -1`: parseArgs calls a value that starts with a dash ambiguous. A value
 * that is not itself one of the command's options is taken as the value (`--max-findings=-1`),
 * so the option's own check says what is wrong with it.
 */
function joinDashValues(args: readonly string[], options: NonNullable<ParseArgsConfig["options"]>): string[] {
  const takesValue = (arg: string) => {
    if (arg.startsWith("--")) return options[arg.slice(2)]?.type === "string";
    return arg.length === 2 && Object.values(options).some((option) => option.short === arg[1] && option.type === "string");
  };
  const isOption = (arg: string) => (arg.startsWith("--") ? arg.slice(2).split("=")[0]! in options : Object.values(options).some((option) => option.short === arg[1]));
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (arg === "--") {
      out.push(...args.slice(i));
      break;
    }
    if (takesValue(arg) && next !== undefined && next.length > 1 && next.startsWith("-") && !isOption(next)) {
      // `-o-x` is the short form of an inline value.
      out.push(arg.startsWith("--") ? `${arg}=${next}` : `${arg}${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** A value from a fixed list, or `fallback` when the option is absent. */
export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(", ")}, not '${value}'`);
}

interface IntegerBounds {
  /** Lowest value allowed (default 0). */
  min?: number;
  /** Highest value allowed (default: the largest safe integer). */
  max?: number;
  /** What the message says is expected, when the bounds alone would not say it well. */
  expected?: string;
}

function describeBounds(min: number, max: number): string {
  if (max < Number.MAX_SAFE_INTEGER) return `a number from ${min} to ${max}`;
  if (min === 0) return "a whole number";
  if (min === 1) return "a positive integer";
  return "an integer";
}

/**
 * A whole-number option (or environment variable: `label` is printed as given, e.g.
 * `--count` or `CZT_FC_RUNS`), `undefined` when absent; anything else is a UsageError.
 */
export function integerOption(label: string, value: string | undefined, bounds: IntegerBounds = {}): number | undefined {
  if (value === undefined) return undefined;
  const min = bounds.min ?? 0;
  const max = bounds.max ?? Number.MAX_SAFE_INTEGER;
  const number = Number(value);
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(number) || number < min || number > max) {
    throw new UsageError(`${label} must be ${bounds.expected ?? describeBounds(min, max)}, not '${value}'`);
  }
  return number;
}
