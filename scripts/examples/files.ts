/** Every generated file under examples/, by path relative to that directory. */
import { demoFiles } from "./demo.js";
import { jsonText, validExampleFiles } from "./exports.js";
import { invalidExamples, invalidManifest } from "./invalid.js";

export function exampleFiles(): Map<string, string> {
  const files = validExampleFiles();
  const invalid = invalidExamples();
  for (const example of invalid) files.set(`invalid/${example.file}`, example.text);
  files.set("invalid-manifest.json", jsonText(invalidManifest(invalid)));
  for (const [path, text] of demoFiles()) files.set(path, text);
  return files;
}
