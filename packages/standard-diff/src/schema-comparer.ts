import { canonical, isAnnotation } from "./canonical.js";
import { type Area, bothSides, type Change, type Side } from "./change.js";
import type { ChangeKind } from "./change-kinds.js";
import type { CodeListDelta } from "./code-list-delta.js";
import { pointerJoin, type ReferenceIndex } from "./reference-index.js";

/** Where the walk is: the node's files and pointers on both sides, and how to name it for people. */
export interface Place {
  area: Area;
  oldFile: string;
  oldPointer: string;
  newFile: string;
  newPointer: string;
  /** What holds the schema: `person.schema.json`, `GET /v1/persons: response 200 application/json`. */
  label: string;
  /** Path of the instance below it: `documents[].type`; "" for the instance itself. */
  path: string;
}

type Schema = Record<string, unknown>;

const producerOnly: readonly Side[] = ["producer"];
const consumerOnly: readonly Side[] = ["consumer"];
const noSide: readonly Side[] = [];

const allTypes = ["null", "boolean", "object", "array", "number", "string", "integer"];

/** Bounds: raising a lower bound or lowering an upper one narrows; `absent` is what no keyword means. */
const bounds: { keyword: string; family: "range" | "length" | "items"; lower: boolean; absent: number }[] = [
  { keyword: "minimum", family: "range", lower: true, absent: Number.NEGATIVE_INFINITY },
  { keyword: "exclusiveMinimum", family: "range", lower: true, absent: Number.NEGATIVE_INFINITY },
  { keyword: "maximum", family: "range", lower: false, absent: Number.POSITIVE_INFINITY },
  { keyword: "exclusiveMaximum", family: "range", lower: false, absent: Number.POSITIVE_INFINITY },
  { keyword: "minLength", family: "length", lower: true, absent: 0 },
  { keyword: "maxLength", family: "length", lower: false, absent: Number.POSITIVE_INFINITY },
  { keyword: "minItems", family: "items", lower: true, absent: 0 },
  { keyword: "maxItems", family: "items", lower: false, absent: Number.POSITIVE_INFINITY },
  { keyword: "minProperties", family: "range", lower: true, absent: 0 },
  { keyword: "maxProperties", family: "range", lower: false, absent: Number.POSITIVE_INFINITY },
  { keyword: "minContains", family: "items", lower: true, absent: 1 },
  { keyword: "maxContains", family: "items", lower: false, absent: Number.POSITIVE_INFINITY },
];

/** Keywords compared by a rule of their own; every other non-annotation keyword is compared textually. */
const handled = new Set([
  "$ref",
  "type",
  "enum",
  "const",
  "pattern",
  "format",
  "multipleOf",
  "uniqueItems",
  "properties",
  "required",
  "additionalProperties",
  "unevaluatedProperties",
  "items",
  "allOf",
  "anyOf",
  "oneOf",
  "if",
  "then",
  "else",
  ...bounds.map((bound) => bound.keyword),
]);

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function showList(values: readonly unknown[]): string {
  const shown = values.slice(0, 8).map(show).join(", ");
  return values.length > 8 ? `${shown} and ${values.length - 8} more` : shown;
}

function isSchemaObject(node: unknown): node is Schema {
  return typeof node === "object" && node !== null && !Array.isArray(node);
}

function typesOf(schema: Schema): Set<string> | undefined {
  const type = schema["type"];
  if (typeof type === "string") return new Set([type]);
  if (Array.isArray(type)) return new Set(type.filter((item): item is string => typeof item === "string"));
  return undefined;
}

function covers(types: Set<string> | undefined, type: string): boolean {
  return types === undefined || types.has(type) || (type === "integer" && types.has("number"));
}

function valuesOf(schema: Schema): unknown[] | undefined {
  if (Object.hasOwn(schema, "const")) return [schema["const"]];
  return Array.isArray(schema["enum"]) ? schema["enum"] : undefined;
}

/** `\d` is `[0-9]` in every JSON Schema regex dialect without the u-flag's Unicode digits. */
function normalPattern(pattern: unknown): unknown {
  return typeof pattern === "string" ? pattern.replaceAll("\\d", "[0-9]") : pattern;
}

function isClosed(schema: Schema): boolean {
  return schema["additionalProperties"] === false || schema["unevaluatedProperties"] === false;
}

function childPath(path: string, name: string): string {
  return path === "" ? name : `${path}.${name}`;
}

/**
 * Walks an old and a new JSON Schema side by side and reports every difference in which data
 * is valid, classified by the side it breaks. A `$ref` that names the same place on both sides
 * is not followed (that place is compared where it lives, once); one that moved is followed.
 */
export class SchemaComparer {
  private readonly followed = new Set<string>();

  constructor(
    private readonly oldIndex: ReferenceIndex,
    private readonly newIndex: ReferenceIndex,
    private readonly codeLists: CodeListDelta,
    private readonly changes: Change[],
  ) {}

  emit(kind: ChangeKind, breaks: readonly Side[], place: Place, message: string, review = false): void {
    const location = place.path === "" ? place.label : `${place.label}: ${place.path}`;
    this.changes.push({ kind, breaks, review, area: place.area, file: place.newFile, pointer: place.newPointer, location, message });
  }

  /** Whether two schemas validate alike by their text (annotations aside). */
  same(oldNode: unknown, newNode: unknown, place: Place): boolean {
    return canonical(oldNode, this.oldIndex, place.oldFile) === canonical(newNode, this.newIndex, place.newFile);
  }

  compare(oldNode: unknown, newNode: unknown, place: Place): void {
    if (oldNode === false || newNode === false) {
      if (oldNode === newNode) return;
      if (newNode === false) this.emit("schema-narrowed", producerOnly, place, "no value is allowed any more (schema false)");
      else this.emit("schema-widened", consumerOnly, place, "values are allowed where none was (schema was false)");
      return;
    }
    const oldSchema = isSchemaObject(oldNode) ? oldNode : {};
    const newSchema = isSchemaObject(newNode) ? newNode : {};
    const oldRef = typeof oldSchema["$ref"] === "string" ? this.oldIndex.resolve(oldSchema["$ref"], place.oldFile) : undefined;
    const newRef = typeof newSchema["$ref"] === "string" ? this.newIndex.resolve(newSchema["$ref"], place.newFile) : undefined;
    if (newRef !== undefined && newRef.node === undefined && (oldRef === undefined || oldRef.node !== undefined)) {
      this.emit("reference-unresolved", bothSides, place, `$ref ${show(newSchema["$ref"])} names nothing in the new version`);
      return;
    }
    if (oldRef === undefined && newRef === undefined) {
      this.compareKeywords(oldSchema, newSchema, place);
      return;
    }
    if (oldRef !== undefined && newRef !== undefined && oldRef.key === newRef.key) {
      // The same definition on both sides: compared where it lives; only the siblings here.
      this.compareKeywords(withoutRef(oldSchema), withoutRef(newSchema), place);
      return;
    }
    if (oldRef !== undefined && oldRef.node === undefined) return;
    const visit = `${oldRef?.key ?? `${place.oldFile}#${place.oldPointer}`}|${newRef?.key ?? `${place.newFile}#${place.newPointer}`}`;
    if (this.followed.has(visit)) return;
    this.followed.add(visit);
    const target: Place = {
      ...place,
      ...(oldRef === undefined ? {} : { oldFile: oldRef.file, oldPointer: oldRef.pointer }),
      ...(newRef === undefined ? {} : { newFile: newRef.file, newPointer: newRef.pointer }),
    };
    this.compare(oldRef === undefined ? oldSchema : inline(oldRef.node, oldSchema), newRef === undefined ? newSchema : inline(newRef.node, newSchema), target);
  }

  private compareKeywords(oldSchema: Schema, newSchema: Schema, place: Place): void {
    this.compareAnnotations(oldSchema, newSchema, place);
    this.compareTypes(oldSchema, newSchema, place);
    this.compareValues(oldSchema, newSchema, place);
    this.compareStrings(oldSchema, newSchema, place);
    this.compareBounds(oldSchema, newSchema, place);
    this.compareObjects(oldSchema, newSchema, place);
    this.compareArrays(oldSchema, newSchema, place);
    this.compareApplicators(oldSchema, newSchema, place);
    this.compareDefinitions(oldSchema, newSchema, place);
    for (const keyword of new Set([...Object.keys(oldSchema), ...Object.keys(newSchema)])) {
      if (handled.has(keyword) || isAnnotation(keyword)) continue;
      if (!this.same(oldSchema[keyword], newSchema[keyword], place)) {
        const verb = oldSchema[keyword] === undefined ? "added" : newSchema[keyword] === undefined ? "removed" : "changed";
        this.emit("keyword-changed", bothSides, this.at(place, keyword), `${keyword} ${verb}: the tool cannot tell which data it admits; review`, true);
      }
    }
  }

  private at(place: Place, ...tokens: (string | number)[]): Place {
    return { ...place, oldPointer: pointerJoin(place.oldPointer, ...tokens), newPointer: pointerJoin(place.newPointer, ...tokens) };
  }

  private compareAnnotations(oldSchema: Schema, newSchema: Schema, place: Place): void {
    const oldTitle = oldSchema["x-czt-title"];
    const newTitle = newSchema["x-czt-title"];
    if (oldTitle !== undefined && newTitle !== undefined && JSON.stringify(oldTitle) !== JSON.stringify(newTitle)) {
      this.emit("title-changed", noSide, place, `title ${show(oldTitle)} → ${show(newTitle)}`);
    }
    const oldDescription = oldSchema["description"];
    const newDescription = newSchema["description"];
    if (oldDescription !== undefined && newDescription !== undefined && oldDescription !== newDescription) {
      this.emit("description-changed", noSide, place, `description ${show(oldDescription)} → ${show(newDescription)}`);
    }
    const oldSensitivity = oldSchema["x-czt-sensitivity"];
    const newSensitivity = newSchema["x-czt-sensitivity"];
    if (oldSensitivity !== newSensitivity) {
      this.emit("sensitivity-changed", noSide, place, `x-czt-sensitivity ${show(oldSensitivity ?? "none")} → ${show(newSensitivity ?? "none")}: reports mask it accordingly`);
    }
  }

  private compareTypes(oldSchema: Schema, newSchema: Schema, place: Place): void {
    const oldTypes = typesOf(oldSchema);
    const newTypes = typesOf(newSchema);
    const lost = allTypes.filter((type) => covers(oldTypes, type) && !covers(newTypes, type));
    const gained = allTypes.filter((type) => covers(newTypes, type) && !covers(oldTypes, type));
    if (lost.length === 0 && gained.length === 0) return;
    const from = oldTypes === undefined ? "any" : [...oldTypes].join("|");
    const to = newTypes === undefined ? "any" : [...newTypes].join("|");
    const kind = lost.length > 0 && gained.length > 0 ? "type-changed" : lost.length > 0 ? "type-narrowed" : "type-widened";
    const breaks = kind === "type-changed" ? bothSides : kind === "type-narrowed" ? producerOnly : consumerOnly;
    this.emit(kind, breaks, this.at(place, "type"), `type ${from} → ${to}`);
  }

  private compareValues(oldSchema: Schema, newSchema: Schema, place: Place): void {
    const oldValues = valuesOf(oldSchema);
    const newValues = valuesOf(newSchema);
    if (oldValues === undefined && newValues === undefined) return;
    const keyword = Object.hasOwn(newSchema, "const") || (newValues === undefined && Object.hasOwn(oldSchema, "const")) ? "const" : "enum";
    const here = this.at(place, keyword);
    if (oldValues === undefined) {
      this.emit("enum-narrowed", producerOnly, here, `now restricted to ${showList(newValues!)}`);
      return;
    }
    if (newValues === undefined) {
      this.emit("enum-widened", consumerOnly, here, `no longer restricted to ${showList(oldValues)}`);
      return;
    }
    const list = (newSchema["x-czt-codelist"] ?? oldSchema["x-czt-codelist"]) as string | undefined;
    const oldKeys = new Set(oldValues.map((value) => JSON.stringify(value)));
    const newKeys = new Set(newValues.map((value) => JSON.stringify(value)));
    // Codes added to or removed from the list itself are reported once, with the list.
    const removed = oldValues.filter((value) => !newKeys.has(JSON.stringify(value)) && !this.codeLists.removed(list, value));
    const added = newValues.filter((value) => !oldKeys.has(JSON.stringify(value)) && !this.codeLists.added(list, value));
    const of = list === undefined ? "" : ` (code list ${list})`;
    const oldVersion = this.oldIndex.version();
    const newVersion = this.newIndex.version();
    const newVersionAt = added.indexOf(newVersion);
    if (newVersion !== undefined && oldVersion !== newVersion && newVersionAt !== -1) {
      // The version marker (schemaVersion): data declares its version and is read with that version's
      // schemas. A constant that becomes the new version was the old version, however it was spelt.
      added.splice(newVersionAt, 1);
      const replaced = oldValues.length === 1 && newValues.length === 1 ? removed.splice(0, 1) : removed.splice(removed.indexOf(oldVersion), removed.includes(oldVersion) ? 1 : 0);
      this.emit("version-changed", noSide, here, `version ${showList(replaced.length > 0 ? replaced : [oldVersion ?? "none"])} → ${show(newVersion)}: data declares the version it follows and is validated with that version's schemas`);
    }
    if (oldValues.length === 1 && newValues.length === 1 && removed.length === 1 && added.length === 1) {
      this.emit("const-changed", bothSides, here, `value ${show(oldValues[0])} → ${show(newValues[0])}`);
      return;
    }
    if (removed.length > 0) this.emit("enum-narrowed", producerOnly, here, `no longer allows ${showList(removed)}${of}`);
    if (added.length > 0) this.emit("enum-widened", consumerOnly, here, `now also allows ${showList(added)}${of}`);
  }

  private compareStrings(oldSchema: Schema, newSchema: Schema, place: Place): void {
    const oldPattern = oldSchema["pattern"];
    const newPattern = newSchema["pattern"];
    const patternHere = this.at(place, "pattern");
    if (normalPattern(oldPattern) === normalPattern(newPattern)) {
      // equal, or provably equal
    } else if (oldPattern === undefined) {
      // Next to an unchanged format the pattern may only restate it (czt validate asserts formats): a person must say.
      const restates = newSchema["format"] !== undefined && newSchema["format"] === oldSchema["format"];
      const why = restates ? `; review whether it admits less than format ${show(newSchema["format"])} already did` : "";
      this.emit("pattern-added", producerOnly, patternHere, `pattern ${show(newPattern)} added${why}`, restates);
    } else if (newPattern === undefined) this.emit("pattern-removed", consumerOnly, patternHere, `pattern ${show(oldPattern)} removed`);
    else this.emit("pattern-changed", bothSides, patternHere, `pattern ${show(oldPattern)} → ${show(newPattern)}: review whether it admits less (breaks producers) or more (breaks consumers)`, true);

    const oldFormat = oldSchema["format"];
    const newFormat = newSchema["format"];
    const formatHere = this.at(place, "format");
    if (oldFormat === newFormat) return;
    if (oldFormat === undefined) this.emit("format-added", producerOnly, formatHere, `format ${show(newFormat)} added`);
    else if (newFormat === undefined) this.emit("format-removed", consumerOnly, formatHere, `format ${show(oldFormat)} removed`);
    else this.emit("format-changed", bothSides, formatHere, `format ${show(oldFormat)} → ${show(newFormat)}`);
  }

  private compareBounds(oldSchema: Schema, newSchema: Schema, place: Place): void {
    for (const { keyword, family, lower, absent } of bounds) {
      const oldBound = typeof oldSchema[keyword] === "number" ? (oldSchema[keyword] as number) : absent;
      const newBound = typeof newSchema[keyword] === "number" ? (newSchema[keyword] as number) : absent;
      if (oldBound === newBound) continue;
      const narrowed = lower ? newBound > oldBound : newBound < oldBound;
      const text = (bound: number, raw: unknown) => (raw === undefined ? "none" : String(bound));
      this.emit(
        `${family}-${narrowed ? "narrowed" : "widened"}`,
        narrowed ? producerOnly : consumerOnly,
        this.at(place, keyword),
        `${keyword} ${text(oldBound, oldSchema[keyword])} → ${text(newBound, newSchema[keyword])}`,
      );
    }
    const oldStep = oldSchema["multipleOf"];
    const newStep = newSchema["multipleOf"];
    if (oldStep !== newStep) {
      const here = this.at(place, "multipleOf");
      const message = `multipleOf ${show(oldStep ?? "none")} → ${show(newStep ?? "none")}`;
      if (typeof newStep === "number" && (typeof oldStep !== "number" || newStep % oldStep === 0)) this.emit("range-narrowed", producerOnly, here, message);
      else if (typeof oldStep === "number" && (typeof newStep !== "number" || oldStep % newStep === 0)) this.emit("range-widened", consumerOnly, here, message);
      else this.emit("keyword-changed", bothSides, here, `${message}: review`, true);
    }
    const oldUnique = oldSchema["uniqueItems"] === true;
    const newUnique = newSchema["uniqueItems"] === true;
    if (oldUnique !== newUnique) {
      this.emit(newUnique ? "items-narrowed" : "items-widened", newUnique ? producerOnly : consumerOnly, this.at(place, "uniqueItems"), `uniqueItems ${oldUnique} → ${newUnique}`);
    }
  }

  private compareObjects(oldSchema: Schema, newSchema: Schema, place: Place): void {
    const oldProperties = isSchemaObject(oldSchema["properties"]) ? oldSchema["properties"] : {};
    const newProperties = isSchemaObject(newSchema["properties"]) ? newSchema["properties"] : {};
    const oldRequired = new Set(Array.isArray(oldSchema["required"]) ? (oldSchema["required"] as string[]) : []);
    const newRequired = new Set(Array.isArray(newSchema["required"]) ? (newSchema["required"] as string[]) : []);
    const wasClosed = isClosed(oldSchema);
    const property = (name: string) => ({ ...this.at(place, "properties", name), path: childPath(place.path, name) });

    const removed = Object.keys(oldProperties).filter((name) => !Object.hasOwn(newProperties, name));
    const added = new Set(Object.keys(newProperties).filter((name) => !Object.hasOwn(oldProperties, name)));
    for (const name of removed) {
      const oldPlace = property(name);
      const renamed = [...added].find((candidate) => this.same(oldProperties[name], newProperties[candidate], place));
      if (renamed !== undefined) {
        added.delete(renamed);
        this.emit("property-renamed", bothSides, property(renamed), `${name} renamed to ${renamed}? (removed, and added with the same schema)`, true);
        continue;
      }
      this.emit("property-removed", bothSides, { ...oldPlace, newPointer: place.newPointer }, `property ${name} removed${oldRequired.has(name) ? " (it was required)" : ""}`);
    }
    for (const name of added) {
      if (newRequired.has(name)) {
        this.emit("required-added", wasClosed ? bothSides : producerOnly, property(name), `new required property ${name}`);
      } else if (wasClosed) {
        this.emit("property-added", consumerOnly, property(name), `optional property ${name} added to a closed object: data with it is invalid under the old version`);
      } else this.emit("property-added", noSide, property(name), `optional property ${name} added`);
    }
    for (const name of Object.keys(oldProperties)) {
      if (Object.hasOwn(newProperties, name)) this.compare(oldProperties[name], newProperties[name], property(name));
    }
    for (const name of newRequired) {
      if (!oldRequired.has(name) && !added.has(name)) this.emit("required-added", producerOnly, property(name), `property ${name} is now required`);
    }
    for (const name of oldRequired) {
      if (!newRequired.has(name) && !removed.includes(name)) this.emit("required-removed", consumerOnly, property(name), `property ${name} is no longer required`);
    }
    for (const keyword of ["additionalProperties", "unevaluatedProperties"]) {
      const oldRest = oldSchema[keyword];
      const newRest = newSchema[keyword];
      const here = { ...this.at(place, keyword), path: childPath(place.path, "*") };
      if (oldRest !== false && newRest === false) this.emit("object-closed", producerOnly, here, `object closed (${keyword}: false): data with other properties is now invalid`);
      else if (oldRest === false && newRest !== false) this.emit("object-opened", consumerOnly, here, `object opened (${keyword} no longer false): readers may meet properties they do not know`);
      else if (oldRest !== undefined || newRest !== undefined) this.compare(oldRest ?? true, newRest ?? true, here);
    }
  }

  private compareArrays(oldSchema: Schema, newSchema: Schema, place: Place): void {
    if (oldSchema["items"] === undefined && newSchema["items"] === undefined) return;
    const here = { ...this.at(place, "items"), path: `${place.path}[]` };
    const oldItems = oldSchema["items"] ?? true;
    const newItems = newSchema["items"] ?? true;
    if (oldItems !== false && newItems === false) this.emit("items-narrowed", producerOnly, here, "no items are allowed any more (items: false)");
    else if (oldItems === false && newItems !== false) this.emit("items-widened", consumerOnly, here, "items are allowed (items was false)");
    else this.compare(oldItems, newItems, here);
  }

  private compareApplicators(oldSchema: Schema, newSchema: Schema, place: Place): void {
    for (const keyword of ["allOf", "anyOf", "oneOf"]) {
      const oldList = Array.isArray(oldSchema[keyword]) ? (oldSchema[keyword] as unknown[]) : [];
      const newList = Array.isArray(newSchema[keyword]) ? (newSchema[keyword] as unknown[]) : [];
      if (oldList.length === newList.length) {
        oldList.forEach((oldBranch, i) => {
          this.compare(oldBranch, newList[i], this.at(place, keyword, i));
        });
        continue;
      }
      const unmatchedOld = oldList.filter((oldBranch) => !newList.some((newBranch) => this.same(oldBranch, newBranch, place)));
      const unmatchedNew = newList.filter(
        (newBranch) => !oldList.some((oldBranch) => this.same(oldBranch, newBranch, place)) && !(keyword === "allOf" && onlyForNewValues(newBranch, oldSchema)),
      );
      const here = this.at(place, keyword);
      // A branch more in allOf is one more constraint; in anyOf/oneOf, one more alternative.
      const conjunction = keyword === "allOf";
      if (unmatchedNew.length > 0) {
        this.emit(conjunction ? "schema-narrowed" : "schema-widened", conjunction ? producerOnly : consumerOnly, here, `${unmatchedNew.length} ${keyword} branch(es) added`);
      }
      if (unmatchedOld.length > 0) {
        this.emit(conjunction ? "schema-widened" : "schema-narrowed", conjunction ? consumerOnly : producerOnly, here, `${unmatchedOld.length} ${keyword} branch(es) removed`);
      }
    }
    if (!this.same(oldSchema["if"], newSchema["if"], place)) {
      this.emit("keyword-changed", bothSides, this.at(place, "if"), "the condition (if) changed: review which data the then/else branches now apply to", true);
    }
    for (const keyword of ["then", "else"]) {
      if (oldSchema[keyword] !== undefined || newSchema[keyword] !== undefined) this.compare(oldSchema[keyword] ?? true, newSchema[keyword] ?? true, this.at(place, keyword));
    }
  }

  private compareDefinitions(oldSchema: Schema, newSchema: Schema, place: Place): void {
    const oldDefinitions = isSchemaObject(oldSchema["$defs"]) ? oldSchema["$defs"] : {};
    const newDefinitions = isSchemaObject(newSchema["$defs"]) ? newSchema["$defs"] : {};
    for (const name of new Set([...Object.keys(oldDefinitions), ...Object.keys(newDefinitions)])) {
      const here = this.at(place, "$defs", name);
      const definition: Place = { ...here, label: `${place.newFile}#${here.newPointer}`, path: "" };
      if (!Object.hasOwn(newDefinitions, name)) {
        this.emit("definition-removed", bothSides, { ...definition, newPointer: place.newPointer }, `definition ${name} removed: schemas that $ref it no longer resolve`);
      } else if (!Object.hasOwn(oldDefinitions, name)) this.emit("definition-added", noSide, definition, `definition ${name} added`);
      else this.compare(oldDefinitions[name], newDefinitions[name], definition);
    }
  }
}

function withoutRef(schema: Schema): Schema {
  const { $ref: _ref, ...rest } = schema;
  return rest;
}

/** The schema a `$ref` stands for, with the siblings of the `$ref` applied over it. */
function inline(target: unknown, referring: Schema): unknown {
  if (!isSchemaObject(target)) return target;
  return { ...target, ...withoutRef(referring) };
}

/**
 * An allOf branch `{ if: { properties: { p: { const: c } }, required: [p] }, then: … }` whose
 * `c` the old schema does not allow for `p` (its enum or const) constrains only data the old
 * version rejected — a record type added in this version, say — so it narrows nothing.
 */
function onlyForNewValues(branch: unknown, oldSchema: Schema): boolean {
  if (typeof branch !== "object" || branch === null) return false;
  const condition = (branch as Schema)["if"];
  if (typeof condition !== "object" || condition === null) return false;
  const required = (condition as Schema)["required"];
  const properties = (condition as Schema)["properties"];
  if (!Array.isArray(required) || typeof properties !== "object" || properties === null) return false;
  const oldProperties = oldSchema["properties"];
  if (typeof oldProperties !== "object" || oldProperties === null) return false;
  return Object.entries(properties as Schema).some(([name, test]) => {
    if (!required.includes(name) || typeof test !== "object" || test === null || !("const" in test)) return false;
    const old = (oldProperties as Schema)[name];
    if (typeof old !== "object" || old === null) return false;
    const allowed = Array.isArray((old as Schema)["enum"]) ? ((old as Schema)["enum"] as unknown[]) : "const" in old ? [(old as Schema)["const"]] : undefined;
    return allowed !== undefined && !allowed.some((value) => JSON.stringify(value) === JSON.stringify((test as Schema)["const"]));
  });
}
