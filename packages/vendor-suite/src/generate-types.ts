/** quicktype, as a library, on the per-type bundles, with the options of `toolchains.ts`. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { InputData, type JSONSchema, JSONSchemaInput, JSONSchemaStore, quicktype, quicktypeMultiFile } from "quicktype-core";
import { type QuicktypeLanguage, type QuicktypeLanguageName, quicktypeLanguages, quicktypeOptions, quicktypeSources } from "./toolchains.js";

/** The bundles are self-contained: a `$ref` quicktype cannot resolve inside them fails instead of being downloaded. */
class OfflineSchemaStore extends JSONSchemaStore {
  async fetch(address: string): Promise<JSONSchema | undefined> {
    throw new Error(`not in the bundle, and nothing is downloaded: ${address}`);
  }
}

/**
 * Generates the types of every record type and the JSON Lines header into `outDirectory`;
 * returns the files written. `options` replaces the documented ones (to show what they prevent);
 * without `rendererOptions`, the language's documented renderer options apply.
 */
export async function generateTypes(
  bundle: string,
  name: QuicktypeLanguageName,
  outDirectory: string,
  options: { inferDateTimes?: boolean; rendererOptions?: Readonly<Record<string, string>> } = quicktypeOptions,
): Promise<string[]> {
  const language: QuicktypeLanguage = quicktypeLanguages[name];
  const schemas = new JSONSchemaInput(new OfflineSchemaStore());
  for (const source of quicktypeSources) await schemas.addSource({ name: source, schema: readFileSync(join(bundle, `${source}.schema.json`), "utf8") });
  const inputData = new InputData();
  inputData.addInput(schemas);
  const inference = options.inferDateTimes === undefined ? {} : { inferDateTimes: options.inferDateTimes };
  const call = { inputData, lang: language.lang, ...inference, rendererOptions: { ...(options.rendererOptions ?? language.rendererOptions) } };
  if ("file" in language.output) {
    mkdirSync(outDirectory, { recursive: true });
    const result = await quicktype(call);
    const file = join(outDirectory, language.output.file);
    writeFileSync(file, `${result.lines.join("\n")}\n`);
    return [file];
  }
  const folder = join(outDirectory, language.output.folder);
  mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (const [fileName, result] of await quicktypeMultiFile(call)) {
    const file = join(folder, fileName);
    writeFileSync(file, `${result.lines.join("\n")}\n`);
    files.push(file);
  }
  return files;
}
