import { UsageError } from "../io.js";
import { parseOptions } from "../parse-options.js";

export const migrateHelp = `Usage: czt migrate --to VERSION [options] <files…|->

Rewrites exports to a newer minor version of the same major: the schemaVersion a JSON
package or a JSON Lines header declares, and any mechanical change the versions in
between make to records (1.0 → 1.1 makes none). Streams: a record no step changes is
copied byte for byte, in order; a large file never sits in memory. See docs/versioning.md.

Options:
  --to VERSION          the version to migrate to (required), e.g. 1.1
  -o, --output FILE     write the migrated export to FILE (one input only)
  --out DIR             write each migrated export to DIR, under its own file name
  --in-place            replace each input with its migrated export
  --reveal              show record ids in clear in the list of what was not migrated
  -h, --help            this help

With none of -o, --out, --in-place, a single input is written to standard output. An
input is never overwritten without --in-place. CSV and exports without a header or
schemaVersion declare no version, so they cannot be migrated (they are listed).
What could not be migrated is listed on standard error, one line each:
file:line[:column] [record id] reason.

Exit codes: 0 every export migrated; 1 something could not be migrated (listed);
2 usage error, unreadable input, unknown target version, a downgrade or a change of major.
`;

export interface MigrateArguments {
  help: boolean;
  to: string;
  output: string | undefined;
  outDir: string | undefined;
  inPlace: boolean;
  reveal: boolean;
  inputs: string[];
}

export function parseMigrateArguments(argv: string[]): MigrateArguments {
  const { values, positionals } = parseOptions({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      to: { type: "string" },
      output: { type: "string", short: "o" },
      out: { type: "string" },
      "in-place": { type: "boolean" },
      reveal: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const help = values["help"] === true;
  const args: MigrateArguments = {
    help,
    to: (values["to"] as string | undefined) ?? "",
    output: values["output"] as string | undefined,
    outDir: values["out"] as string | undefined,
    inPlace: values["in-place"] === true,
    reveal: values["reveal"] === true,
    inputs: positionals,
  };
  if (help) return args;
  if (args.to === "") throw new UsageError("give the version to migrate to with --to (see --help)");
  if (args.inputs.length === 0) throw new UsageError("give at least one export file, or - for standard input (see --help)");
  const targets = [args.output !== undefined, args.outDir !== undefined, args.inPlace].filter(Boolean).length;
  if (targets > 1) throw new UsageError("give only one of -o/--output, --out and --in-place");
  if (args.inputs.filter((input) => input === "-").length > 1) throw new UsageError("standard input (-) can be given only once");
  if (args.inPlace && args.inputs.includes("-")) throw new UsageError("--in-place cannot replace standard input");
  if (args.output !== undefined && args.inputs.length > 1) throw new UsageError("-o/--output takes one input; use --out DIR for several");
  return args;
}
