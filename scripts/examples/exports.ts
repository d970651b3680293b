/**
 * The three city exports as files: a JSON package and the same records as JSON Lines
 * with a header line, for each city.
 */
import { changsha, xiangtan, zhuzhou } from "./agencies.js";
import { exportAsOf, exportCreated } from "./builders.js";
import type { CityCode, ExportEnvelope, ExportPackage } from "./model.js";
import { population, publishers } from "./population/index.js";

export const cityFileNames: Readonly<Record<CityCode, string>> = {
  [changsha]: "changsha",
  [zhuzhou]: "zhuzhou",
  [xiangtan]: "xiangtan",
};

export const cities: readonly CityCode[] = [changsha, zhuzhou, xiangtan];

export function envelope(city: CityCode): ExportEnvelope {
  return { schemaVersion: "1.1", publisher: publishers[city], city, created: exportCreated, asOf: exportAsOf };
}

export function exportPackage(city: CityCode): ExportPackage {
  return { ...envelope(city), records: [...population[city]] };
}

/** A JSON document as committed: two-space indentation, final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** JSON Lines: one compact JSON value per line, each line ended by a newline. */
export function jsonLinesText(values: readonly unknown[]): string {
  return values.map((value) => `${JSON.stringify(value)}\n`).join("");
}

export function headerLine(city: CityCode): { recordType: "header" } & ExportEnvelope {
  return { recordType: "header", ...envelope(city) };
}

/** The valid example files by path relative to `examples/`. */
export function validExampleFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const city of cities) {
    const name = cityFileNames[city];
    files.set(`json/${name}.json`, jsonText(exportPackage(city)));
    files.set(`jsonl/${name}.jsonl`, jsonLinesText([headerLine(city), ...population[city]]));
  }
  return files;
}
