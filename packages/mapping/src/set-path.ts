/** Sets `value` at a dotted path (`hukou.division`, `documents.0.type`), creating objects and arrays. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split(".");
  let node: Record<string, unknown> = target;
  for (let i = 0; i < segments.length - 1; i++) {
    const key = segments[i]!;
    const nextIsIndex = /^\d+$/.test(segments[i + 1]!);
    if (typeof node[key] !== "object" || node[key] === null) node[key] = nextIsIndex ? [] : {};
    node = node[key] as Record<string, unknown>;
  }
  node[segments[segments.length - 1]!] = value;
}

/** The value at a dotted path, or undefined. */
export function getPath(target: unknown, path: string): unknown {
  let node = target;
  for (const segment of path.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** Fills in what `defaults` has and `target` lacks, object by object (arrays and values are not merged). */
export function fillDefaults(target: Record<string, unknown>, defaults: Readonly<Record<string, unknown>>): void {
  for (const [key, value] of Object.entries(defaults)) {
    const present = target[key];
    if (present === undefined) target[key] = structuredClone(value);
    else if (isPlainObject(present) && isPlainObject(value)) fillDefaults(present, value);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** JSON with keys sorted at every level: equal records give equal text whatever the order fields were set in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isPlainObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}
