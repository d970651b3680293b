/**
 * A mutation operator for the cross-check: takes a valid generated record and changes
 * one node anywhere in it — replaced by a value of another shape, a near-miss date or
 * code, deleted, or given a property the standard does not define. Unlike the mutation
 * catalogue (one targeted mutator per rule), it knows nothing of the rules, so what
 * breaks is whatever the schemas happen to say about that node.
 */
import fc from "fast-check";
import { recordArbitrary } from "../../src/index.js";

type Path = readonly (string | number)[];
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Replacement values: wrong types, boundaries, blanks, and dates that are nearly right. */
const replacements: readonly Json[] = [
  null,
  true,
  0,
  -1,
  1.5,
  9_007_199_254_740_992,
  [],
  {},
  "",
  " ",
  "\u3000",
  "张",
  "X",
  "9".repeat(300),
  "43010",
  "430100",
  "yesterday",
  "1990-02-30",
  "2023-02-29",
  "1900-02-29",
  "2000-02-29",
  "2024-02-29",
  "2025-03-01 09:00:00+08:00",
  "2025-03-01T09:00:00",
  "2025-03-01t09:00:00z",
  "2016-12-31T23:59:60Z",
  "2017-01-01T07:59:60+08:00",
  "2017-01-01T09:00:60+08:00",
];

const dateLike = /^[0-9]{4}-[0-9]{2}-[0-9]{2}/;

/** Near misses of a date or date-time already in the record: its own year, month, time and offset kept. */
const dateEdits: readonly ((s: string) => string)[] = [
  (s) => `${s.slice(0, 5)}02-29${s.slice(10)}`,
  (s) => `${s.slice(0, 5)}02-30${s.slice(10)}`,
  (s) => `${s.slice(0, 5)}04-31${s.slice(10)}`,
  (s) => (s.length > 10 ? `${s.slice(0, 10)} ${s.slice(11)}` : `${s} `),
  (s) => (s.length >= 19 ? `${s.slice(0, 17)}60${s.slice(19)}` : s.slice(0, 9)),
  (s) => s.toLowerCase(),
  (s) => s.slice(0, 19),
  (s) => s.replace(/-/g, "/"),
];

/** Every node's path, the root excluded. */
function paths(value: Json, prefix: Path = []): Path[] {
  const children: [string | number, Json][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : value !== null && typeof value === "object"
      ? Object.entries(value)
      : [];
  return children.flatMap(([key, child]) => [[...prefix, key], ...paths(child, [...prefix, key])]);
}

function parentOf(root: Json, path: Path): Json {
  let node = root;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, Json>)[key]!;
  return node;
}

/** The record with the node at `pick` changed by the `how`-th operation; deterministic in its arguments. */
export function mutateRecord(record: Json, pick: number, how: number, choice: number): Json {
  const copy = structuredClone(record);
  const all = paths(copy);
  const path = all[pick % all.length];
  if (path === undefined) return copy;
  const parent = parentOf(copy, path) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  const current = parent[key];
  switch (how % 4) {
    case 0:
      if (!Array.isArray(parent)) {
        delete parent[key];
        break;
      }
      parent[key] = replacements[choice % replacements.length]!;
      break;
    case 1:
      if (current !== null && typeof current === "object" && !Array.isArray(current)) {
        current["unknownField"] = "x";
        break;
      }
      parent[key] = replacements[choice % replacements.length]!;
      break;
    case 2:
      parent[key] = typeof current === "string" && dateLike.test(current) ? dateEdits[choice % dateEdits.length]!(current) : replacements[choice % replacements.length]!;
      break;
    default:
      parent[key] = replacements[choice % replacements.length]!;
  }
  return copy;
}

/** Valid generated records of the four types, each mutated once. */
export function mutatedRecordArbitrary(): fc.Arbitrary<Json> {
  return fc
    .tuple(recordArbitrary(), fc.nat(), fc.nat(), fc.nat())
    .map(([record, pick, how, choice]) => mutateRecord(record as unknown as Json, pick, how, choice));
}
