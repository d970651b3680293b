import { bothSides, type Side } from "./change.js";
import { exclusiveBranches } from "./disjoint.js";
import { isSchemaObject } from "./keywords.js";
import { pointerGet, pointerJoin, type ReferenceIndex } from "./reference-index.js";
import type { StandardTree } from "./standard-tree.js";

/**
 * How a schema is used, as bits: where data must match it (`positive`), where data must not
 * (`negative`: under `not`), or where a change of it moves data either way and the tool cannot
 * tell which (`inCondition`: in an `if`; `inOverlappingOneOf`: in a branch of a `oneOf` whose
 * branches may overlap; `inCountedContains`: in a `contains` with a `maxContains`). A schema
 * used in several places has the bits of each.
 */
export type Polarity = number;
export const positive: Polarity = 1;
export const negative: Polarity = 2;
export const inCondition: Polarity = 4;
export const inOverlappingOneOf: Polarity = 8;
export const inCountedContains: Polarity = 16;
const undecided = inCondition | inOverlappingOneOf | inCountedContains;

/** The polarity of a schema under `not`: data must match it where it had to fail it, and back. */
export function negated(polarity: Polarity): Polarity {
  return (polarity & undecided) | (polarity & positive ? negative : 0) | (polarity & negative ? positive : 0);
}

/** The polarity of a schema where the direction of a change is lost (`why`: one of the undecided bits). */
export function undecidedAs(polarity: Polarity, why: Polarity): Polarity {
  return polarity === 0 ? 0 : (polarity & undecided) | why;
}

const reasons: [Polarity, string][] = [
  [inCondition, "used in an if condition"],
  [inOverlappingOneOf, "in a branch of a oneOf whose branches the tool cannot prove exclusive"],
  [inCountedContains, "used in a contains that maxContains counts"],
];

/**
 * What a change breaks where the schema it is in has this polarity: as classified (positive),
 * the other side (negative), both (both), or both for review with the reason (undecided).
 * A change that breaks nobody breaks nobody anywhere.
 */
export function underPolarity(breaks: readonly Side[], review: boolean, polarity: Polarity): { breaks: readonly Side[]; review: boolean; note?: string } {
  if (breaks.length === 0 || polarity === positive || polarity === 0) return { breaks, review };
  if (polarity & undecided) {
    const why = reasons.filter(([bit]) => polarity & bit).map(([, reason]) => reason);
    return { breaks: bothSides, review: true, note: `${why.join(" and ")}: the tool cannot tell which way this goes; review, counted as breaking both sides until then` };
  }
  if (polarity === negative) {
    const reversed = bothSides.filter((side) => breaks.includes(side === "producer" ? "consumer" : "producer"));
    return { breaks: reversed, review, note: "used under not, where data must not match it: the sides it breaks are reversed" };
  }
  return { breaks: bothSides, review, note: "used both where data must match it and under not, where data must not: it breaks both sides" };
}

/** Keywords whose value is a schema applied to the same data or to a part of it, with the same polarity. */
const applied = new Set(["items", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "propertyNames", "then", "else"]);
const appliedLists = new Set(["allOf", "anyOf", "prefixItems"]);
const appliedMaps = new Set(["properties", "patternProperties", "dependentSchemas"]);

/**
 * The polarity of every schema a `$ref` of one version names (a definition, a component schema,
 * a file): the polarities of all the places that reference it, through other definitions too.
 * The schema files are used positively; an OpenAPI document's request, response and parameter
 * schemas too; a definition no schema references counts as used positively (other schemas may).
 */
export class Uses {
  private readonly polarities = new Map<string, Polarity>();
  private readonly visited = new Set<string>();

  constructor(
    tree: StandardTree,
    private readonly index: ReferenceIndex,
  ) {
    for (const [file, document] of tree.schemas) this.visit(document, file, "", positive);
    for (const [file, document] of tree.openapi) this.visitOpenApi(document, file, "");
    const definitions: [string, string][] = [];
    for (const [file, document] of tree.schemas) this.definitions(document, file, "", definitions);
    for (const [file, document] of tree.openapi) {
      const components = isSchemaObject(document) && isSchemaObject(document["components"]) ? document["components"]["schemas"] : undefined;
      if (!isSchemaObject(components)) continue;
      for (const [name, schema] of Object.entries(components)) {
        const pointer = pointerJoin("/components/schemas", name);
        definitions.push([file, pointer]);
        this.definitions(schema, file, pointer, definitions);
      }
    }
    // Definitions nothing references, all at once (one of them may reference another).
    for (const [file, pointer] of definitions.filter(([file, pointer]) => !this.polarities.has(`${file}#${pointer}`))) {
      this.use(file, pointer, positive);
    }
  }

  /** The polarity of the places that reference `file#pointer` (0: none). */
  of(file: string, pointer: string): Polarity {
    return this.polarities.get(`${file}#${pointer}`) ?? 0;
  }

  private use(file: string, pointer: string, polarity: Polarity): void {
    const key = `${file}#${pointer}`;
    this.polarities.set(key, (this.polarities.get(key) ?? 0) | polarity);
    this.visit(pointerGet(this.index.document(file), pointer), file, pointer, polarity);
  }

  private visit(node: unknown, file: string, pointer: string, polarity: Polarity): void {
    if (polarity === 0 || !isSchemaObject(node)) return;
    const visit = `${file}#${pointer}|${polarity}`;
    if (this.visited.has(visit)) return;
    this.visited.add(visit);
    for (const [keyword, value] of Object.entries(node)) {
      const at = pointerJoin(pointer, keyword);
      const each = (list: unknown[], branches: Polarity) => {
        for (const [i, branch] of list.entries()) this.visit(branch, file, pointerJoin(at, i), branches);
      };
      if (keyword === "$ref" && typeof value === "string") {
        const target = this.index.resolve(value, file);
        if (target.node !== undefined) this.use(target.file, target.pointer, polarity);
      } else if (keyword === "not") this.visit(value, file, at, negated(polarity));
      else if (keyword === "if") this.visit(value, file, at, undecidedAs(polarity, inCondition));
      else if (keyword === "contains") this.visit(value, file, at, node["maxContains"] === undefined ? polarity : undecidedAs(polarity, inCountedContains));
      else if (keyword === "oneOf" && Array.isArray(value)) each(value, exclusiveBranches(value, node, this.index, file) ? polarity : undecidedAs(polarity, inOverlappingOneOf));
      else if (appliedLists.has(keyword) && Array.isArray(value)) each(value, polarity);
      else if (appliedMaps.has(keyword) && isSchemaObject(value)) {
        for (const [name, schema] of Object.entries(value)) this.visit(schema, file, pointerJoin(at, name), polarity);
      } else if (applied.has(keyword)) this.visit(value, file, at, polarity);
      // $defs apply only where referenced; enum, const and annotations hold no schema.
    }
  }

  /** An OpenAPI document: every `schema` (of a parameter, a header, a media type) is used positively; component schemas where referenced. */
  private visitOpenApi(node: unknown, file: string, pointer: string): void {
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) this.visitOpenApi(item, file, pointerJoin(pointer, i));
      return;
    }
    if (!isSchemaObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const at = pointerJoin(pointer, key);
      if (key === "schema") this.visit(value, file, at, positive);
      else if (at !== "/components/schemas" && key !== "examples" && key !== "example") this.visitOpenApi(value, file, at);
    }
  }

  /** The `$defs` entries of a schema, at any depth (`[file, pointer]`). */
  private definitions(node: unknown, file: string, pointer: string, found: [string, string][]): void {
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) this.definitions(item, file, pointerJoin(pointer, i), found);
      return;
    }
    if (!isSchemaObject(node)) return;
    for (const [keyword, value] of Object.entries(node)) {
      if (keyword === "enum" || keyword === "const" || keyword === "examples" || keyword === "default") continue;
      const at = pointerJoin(pointer, keyword);
      if ((keyword === "$defs" || keyword === "definitions") && isSchemaObject(value)) {
        for (const name of Object.keys(value)) found.push([file, pointerJoin(at, name)]);
      }
      this.definitions(value, file, at, found);
    }
  }
}
