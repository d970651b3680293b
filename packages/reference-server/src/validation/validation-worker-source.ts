/**
 * The body of a validation worker: the validator over one uploaded export per message.
 * Plain JavaScript evaluated from a string (as the WAL checkpointer's), so that it runs
 * the same from the compiled package and from the TypeScript sources under test; it
 * imports `@czt/validator` from the URL the pool resolved.
 *
 * In: `{ id, bytes, encoding }`. Out: `{ id, json }` (the JSON report) or `{ id, error }`.
 * The schemas are compiled once per worker, before the first message is read.
 */
export const validationWorkerSource = `(async () => {
  const { parentPort, workerData } = await import("node:worker_threads");
  const validator = await import(workerData.validatorUrl);
  // Findings beyond the cap are counted in the summary but not kept: memory stays bounded.
  const engine = validator.createValidator({ maxFindings: workerData.maxFindings, lang: "en" });
  parentPort.on("message", ({ id, bytes, encoding }) => {
    try {
      const session = engine.createSession();
      const reader = validator.createJsonLinesReader({
        file: "upload.jsonl",
        encoding,
        limits: validator.defaultLimits,
        emit: (item) => void session.add(item),
      });
      reader.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      reader.end();
      parentPort.postMessage({ id, json: validator.formatReport(session.finish(), { format: "json", lang: "en" }) });
    } catch (error) {
      parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
})()`;
