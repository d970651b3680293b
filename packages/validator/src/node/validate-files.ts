import type { ValidationReport } from "../session.js";
import { createValidator, type ValidatorOptions } from "../validator.js";
import { reservingOnBytes } from "./input-size.js";
import { forEachInput, type ReadOptions } from "./read-inputs.js";

export type ValidateFilesOptions = ValidatorOptions &
  ReadOptions & {
    /** Threads that check large JSON Lines files: the calling one and `jobs − 1` workers (default 1: no worker). */
    jobs?: number;
    /**
     * Called once every input is read and its records are checked one by one, just before
     * the dataset rules run: they check across all records and take a while on a large
     * input (about a second per million records), with no more bytes to report.
     */
    onInputsRead?: () => void;
  };

/** Validates files, directories, globs or `-` as one dataset, streaming. */
export async function validateFiles(paths: readonly string[], options: ValidateFilesOptions = {}): Promise<ValidationReport> {
  if ((options.jobs ?? 1) > 1) {
    const { validateInWorkers } = await import("./parallel/validate-in-workers.js");
    return validateInWorkers(paths, options.jobs ?? 1, options);
  }
  const session = createValidator(options).createSession();
  const onBytes = await reservingOnBytes(paths, options.cwd ?? process.cwd(), session, options.onBytes);
  await forEachInput(paths, { ...options, onBytes }, (item) => {
    session.add(item);
  });
  options.onInputsRead?.();
  return session.finish();
}
