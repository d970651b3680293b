// `npm run bench [-- --records N] [--repeat N] [--keep] [--file F] [--map-rows N] [--generate-records N]`:
// the validator's table (packages/validator/bench/run.mjs, on N generated records), then czt
// map's (packages/mapping/bench/run.mjs, on --map-rows CSV and XLSX rows, 200 000 by
// default; --map-rows 0 leaves it out), then czt generate's (packages/cli/bench/generate.mjs,
// --generate-records, 200 000 by default; 0 leaves it out). Each prints its own table.
// `--scale [--scale-records A,B]`: only the validator's memory at A and B records (1 M, 4 M).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { records: { type: "string" }, repeat: { type: "string" }, keep: { type: "boolean" }, file: { type: "string" }, "map-rows": { type: "string" }, "generate-records": { type: "string" }, scale: { type: "boolean" }, "scale-records": { type: "string" } },
});
const root = join(import.meta.dirname, "..");
const run = (script, args) => {
  const child = spawnSync(process.execPath, [join(root, script), ...args], { stdio: "inherit" });
  if (child.status !== 0) process.exit(child.status ?? 1);
};

const validatorArgs = [];
for (const name of ["records", "repeat", "file"]) if (values[name] !== undefined) validatorArgs.push(`--${name}`, values[name]);
if (values.keep) validatorArgs.push("--keep");
// `--scale [--scale-records 1000000,4000000]`: the memory growth table alone.
if (values.scale || values["scale-records"] !== undefined) {
  run("packages/validator/bench/run.mjs", ["--scale", ...(values["scale-records"] === undefined ? [] : ["--scale-records", values["scale-records"]])]);
  process.exit(0);
}
run("packages/validator/bench/run.mjs", validatorArgs);

const mapRows = values["map-rows"] ?? "200000";
if (Number(mapRows) > 0) {
  console.log("");
  run("packages/mapping/bench/run.mjs", ["--rows", mapRows]);
}

const generateRecords = values["generate-records"] ?? "200000";
if (Number(generateRecords) > 0) {
  console.log("");
  run("packages/cli/bench/generate.mjs", ["--records", generateRecords, ...(values.repeat === undefined ? [] : ["--repeat", values.repeat])]);
}
