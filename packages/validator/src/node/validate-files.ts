import type { ValidationReport } from "../session.js";
import { createValidator, type ValidatorOptions } from "../validator.js";
import { forEachInput, type ReadOptions } from "./read-inputs.js";

export type ValidateFilesOptions = ValidatorOptions &
  ReadOptions & {
    /** Threads that check large JSON Lines files: the calling one and `jobs − 1` workers (default 1: no worker). */
    jobs?: number;
  };

/** Validates files, directories, globs or `-` as one dataset, streaming. */
export async function validateFiles(paths: readonly string[], options: ValidateFilesOptions = {}): Promise<ValidationReport> {
  if ((options.jobs ?? 1) > 1) {
    const { validateInWorkers } = await import("./parallel/validate-in-workers.js");
    return validateInWorkers(paths, options.jobs ?? 1, options);
  }
  const session = createValidator(options).createSession();
  await forEachInput(paths, options, (item) => {
    session.add(item);
  });
  return session.finish();
}
