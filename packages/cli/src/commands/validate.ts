// Placeholder: owned by the validator work.
import type { Command } from "../io.js";
import { ExitCode } from "../io.js";

export const validate: Command = async (_argv, io) => {
  io.stderr.write("czt validate: not implemented yet\n");
  return ExitCode.usage;
};
