import type { Command } from "./io.js";

interface CommandEntry {
  summary: string;
  load: () => Promise<Command>;
}

/**
 * Every czt command, loaded lazily so that `czt validate` does not pay for the
 * server or the generators. One file per command under ./commands/.
 * Keys with a space are sub-commands (`czt conformance vectors`).
 */
export const commands: Readonly<Record<string, CommandEntry>> = {
  validate: {
    summary: "validate export files (JSON, JSON Lines, CSV) against the CZT-SS standard",
    load: async () => (await import("./commands/validate.js")).validate,
  },
};
