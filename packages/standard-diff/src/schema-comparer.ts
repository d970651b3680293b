import { canonical, isAnnotation } from "./canonical.js";
import { type Area, bothSides, type Change, type Side } from "./change.js";
import type { ChangeKind } from "./change-kinds.js";
import type { CodeListDelta } from "./code-list-delta.js";
import { exclusiveBranches } from "./disjoint.js";
import { allTypes, bounds, covers, isSchemaObject, normalPattern, type Schema, typesOf, valuesOf } from "./keywords.js";
import { inOverlappingOneOf, negated, type Polarity, positive, undecidedAs, underPolarity, type Uses } from "./polarity.js";
import { pointerJoin, type ReferenceIndex } from "./reference-index.js";
import { isSubschema, type SchemaIn } from "./subschema.js";

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
  /** Inside a then or else: the condition under which it applies (`when kind is "a"`), said after each message. */
  condition?: string;
  /**
   * How the schema here is used (polarity.ts; absent: positively): under a `not` a change breaks
   * the other side, in an `if` or a oneOf whose branches may overlap either side.
   */
  polarity?: Polarity;
}

const producerOnly: readonly Side[] = ["producer"];
const consumerOnly: readonly Side[] = ["consumer"];
const noSide: readonly Side[] = [];

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
  "not",
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

function isClosed(schema: Schema): boolean {
  return schema["additionalProperties"] === false || schema["unevaluatedProperties"] === false;
}

function childPath(path: string, name: string): string {
  return path === "" ? name : `${path}.${name}`;
}

/**
 * Walks an old and a new JSON Schema side by side and reports every difference in which data
 * is valid, classified by the side it breaks. A `$ref` that names the same place on both sides
 * is not followed (that place is compared where it lives, once, with the polarity of all the
 * places that reference it); one that moved is followed.
 */
export class SchemaComparer {
  private readonly followed = new Set<string>();

  constructor(
    private readonly oldIndex: ReferenceIndex,
    private readonly newIndex: ReferenceIndex,
    private readonly codeLists: CodeListDelta,
    private readonly changes: Change[],
    private readonly oldUses: Uses,
    private readonly newUses: Uses,
  ) {}

  /** Records a change, classified as if the schema here were used positively: `place.polarity` turns it. */
  emit(kind: ChangeKind, breaks: readonly Side[], place: Place, message: string, review = false): void {
    const location = place.path === "" ? place.label : `${place.label}: ${place.path}`;
    const turned = underPolarity(breaks, review, place.polarity ?? positive);
    const notes = [place.condition, turned.note].filter((note) => note !== undefined);
    const text = notes.length === 0 ? message : `${message} (${notes.join("; ")})`;
    this.changes.push({ kind, breaks: turned.breaks, review: turned.review, area: place.area, file: place.newFile, pointer: place.newPointer, location, message: text });
  }

  /** The polarity of the places that reference this place, in either version (0: none). */
  private uses(place: Place): Polarity {
    return this.oldUses.of(place.oldFile, place.oldPointer) | this.newUses.of(place.newFile, place.newPointer);
  }

  /**
   * A definition (`$defs`, an OpenAPI component schema): applied only where referenced, so its
   * changes take the polarity of the places that reference it — positive when none does.
   */
  compareDefinition(oldNode: unknown, newNode: unknown, place: Place): void {
    this.compareNode(oldNode, newNode, { ...place, polarity: this.uses(place) || positive });
  }

  /** Whether two schemas validate alike by their text (annotations aside). */
  same(oldNode: unknown, newNode: unknown, place: Place): boolean {
    return canonical(oldNode, this.oldIndex, place.oldFile) === canonical(newNode, this.newIndex, place.newFile);
  }

  /** Compares the schemas at a place; a schema some `$ref` names there also takes the polarity of those references. */
  compare(oldNode: unknown, newNode: unknown, place: Place): void {
    const referenced = this.uses(place);
    this.compareNode(oldNode, newNode, referenced === 0 ? place : { ...place, polarity: (place.polarity ?? positive) | referenced });
  }

  private compareNode(oldNode: unknown, newNode: unknown, place: Place): void {
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
    // Once per pair of targets and polarity: a pair reached under a not as well is compared there too.
    const visit = `${oldRef?.key ?? `${place.oldFile}#${place.oldPointer}`}|${newRef?.key ?? `${place.newFile}#${place.newPointer}`}|${place.polarity ?? positive}`;
    if (this.followed.has(visit)) return;
    this.followed.add(visit);
    const target: Place = {
      ...place,
      ...(oldRef === undefined ? {} : { oldFile: oldRef.file, oldPointer: oldRef.pointer }),
      ...(newRef === undefined ? {} : { newFile: newRef.file, newPointer: newRef.pointer }),
    };
    // Compared for this place's use of the targets: the targets' other uses are theirs.
    this.compareNode(oldRef === undefined ? oldSchema : inline(oldRef.node, oldSchema), newRef === undefined ? newSchema : inline(newRef.node, newSchema), target);
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
    this.compareNot(oldSchema, newSchema, place);
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
      if (keyword !== "allOf" && (oldList.length === 0) !== (newList.length === 0)) {
        this.compareAlternativesAddedOrRemoved(keyword, oldSchema, newSchema, place);
        continue;
      }
      // A oneOf holds where exactly one branch holds. When its branches exclude each other
      // (a discriminator, distinct types) in both versions, that is where one holds: an anyOf.
      // Otherwise a wider branch can make data match two (invalid) and a narrower one can make
      // data that matched two match one (valid): no change of a branch has a known direction.
      const overlapping =
        keyword === "oneOf" && !(exclusiveBranches(oldList, oldSchema, this.oldIndex, place.oldFile) && exclusiveBranches(newList, newSchema, this.newIndex, place.newFile));
      const oldLeft = new Set(oldList.keys());
      const newLeft = new Set(newList.keys());
      const pairs: [number, number][] = [];
      const match = (oldOnes: Iterable<number>, matches: (i: number, j: number) => boolean, compare: boolean) => {
        for (const i of [...oldOnes]) {
          const j = [...newLeft].find((candidate) => matches(i, candidate));
          if (j === undefined) continue;
          oldLeft.delete(i);
          newLeft.delete(j);
          if (compare) pairs.push([i, j]);
        }
      };
      // The order of branches means nothing: an equal branch anywhere is the same branch.
      match(oldLeft, (i, j) => this.same(oldList[i], newList[j], place), false);
      const conjunction = keyword === "allOf";
      const here = this.at(place, keyword);
      if (conjunction) {
        // if/then branches are matched by their condition: the same if, else one provably wider or narrower.
        const conditions = (list: unknown[], indexes: Set<number>) => [...indexes].filter((i) => isConditional(list[i]));
        const ifOf = (branch: unknown) => (branch as Schema)["if"];
        match(conditions(oldList, oldLeft), (i, j) => isConditional(newList[j]) && this.same(ifOf(oldList[i]), ifOf(newList[j]), place), true);
        match(conditions(oldList, oldLeft), (i, j) => isConditional(newList[j]) && this.conditionOrder(ifOf(oldList[i]), ifOf(newList[j]), place) !== "unrelated", true);
        // Any other if/then branch is a condition added or removed.
        for (const i of conditions(oldList, oldLeft)) {
          oldLeft.delete(i);
          const branch = oldList[i] as Schema;
          if (onlyCondition(branch) && this.isTrue(branch["then"], "old", place) && this.isTrue(branch["else"], "old", place)) continue;
          const removed = { ...place, oldPointer: pointerJoin(place.oldPointer, keyword, i), newPointer: newList.length > 0 ? here.newPointer : place.newPointer };
          this.emit("schema-widened", consumerOnly, removed, `allOf branch ${i} removed, ${this.branch(branch, "no longer")}`);
        }
        for (const j of conditions(newList, newLeft)) {
          newLeft.delete(j);
          const branch = newList[j] as Schema;
          if (onlyCondition(branch) && (onlyForNewValues(branch, oldSchema) || (this.isTrue(branch["then"], "new", place) && this.isTrue(branch["else"], "new", place)))) continue;
          this.emit("schema-narrowed", producerOnly, this.at(place, keyword, j), `allOf branch ${j} added, ${this.branch(branch, "now")}`);
        }
      }
      if (oldLeft.size === newLeft.size) {
        const inOrder = [...newLeft];
        for (const [n, i] of [...oldLeft].entries()) pairs.push([i, inOrder[n]!]);
        oldLeft.clear();
        newLeft.clear();
      }
      const branchPolarity = overlapping ? undecidedAs(place.polarity ?? positive, inOverlappingOneOf) : place.polarity;
      for (const [i, j] of pairs) {
        const branch: Place = { ...place, oldPointer: pointerJoin(place.oldPointer, keyword, i), newPointer: pointerJoin(place.newPointer, keyword, j) };
        this.compare(oldList[i], newList[j], branchPolarity === undefined ? branch : { ...branch, polarity: branchPolarity });
      }
      if (overlapping) {
        const review = "and the tool cannot prove that the branches exclude each other; review (counted as breaking both sides until then)";
        if (newLeft.size > 0) {
          this.emit("keyword-changed", bothSides, here, `${newLeft.size} oneOf branch(es) added: data that matched one branch may now match two, which oneOf rejects, ${review}`, true);
        }
        if (oldLeft.size > 0) {
          this.emit("keyword-changed", bothSides, here, `${oldLeft.size} oneOf branch(es) removed: data that matched only a removed branch is now invalid and data that matched it and another now valid, ${review}`, true);
        }
        continue;
      }
      // A branch more in allOf is one more constraint; in anyOf/oneOf, one more alternative.
      if (newLeft.size > 0) {
        this.emit(conjunction ? "schema-narrowed" : "schema-widened", conjunction ? producerOnly : consumerOnly, here, `${newLeft.size} ${keyword} branch(es) added`);
      }
      if (oldLeft.size > 0) {
        this.emit(conjunction ? "schema-widened" : "schema-narrowed", conjunction ? consumerOnly : producerOnly, here, `${oldLeft.size} ${keyword} branch(es) removed`);
      }
    }
    this.compareConditional(oldSchema, newSchema, place);
  }

  /**
   * An anyOf or a oneOf where there was none (or none where there was one): a constraint added,
   * which narrows unless the old schema provably implies it (it constrains no data the old
   * version allowed), or removed, which widens unless the new schema provably implies it.
   */
  private compareAlternativesAddedOrRemoved(keyword: string, oldSchema: Schema, newSchema: Schema, place: Place): void {
    const here = this.at(place, keyword);
    const oldIn: SchemaIn = { node: oldSchema, index: this.oldIndex, file: place.oldFile };
    const newIn: SchemaIn = { node: newSchema, index: this.newIndex, file: place.newFile };
    const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
    const exactly = keyword === "oneOf" ? "exactly one" : "one";
    // The keyword with the schema's type, which tells whether its branches exclude each other.
    const alone = (schema: Schema) => (schema["type"] === undefined ? { [keyword]: schema[keyword] } : { type: schema["type"], [keyword]: schema[keyword] });
    if (newSchema[keyword] !== undefined) {
      if (isSubschema(oldIn, { ...newIn, node: alone(newSchema) })) return;
      this.emit("schema-narrowed", producerOnly, here, `${keyword} added: data must now match ${exactly} of its ${count(newSchema[keyword])} branches`);
    } else {
      if (isSubschema(newIn, { ...oldIn, node: alone(oldSchema) })) return;
      this.emit("schema-widened", consumerOnly, { ...here, newPointer: place.newPointer }, `${keyword} removed: data no longer has to match ${exactly} of its ${count(oldSchema[keyword])} branches`);
    }
  }

  /** `not`: data must fail the schema, so a change of it breaks the other side (the polarity turns). */
  private compareNot(oldSchema: Schema, newSchema: Schema, place: Place): void {
    const oldNot = oldSchema["not"];
    const newNot = newSchema["not"];
    if (oldNot === undefined && newNot === undefined) return;
    const here = this.at(place, "not");
    if (oldNot === undefined) this.emit("schema-narrowed", producerOnly, here, `not ${show(newNot)} added: data that matches it is now invalid`);
    else if (newNot === undefined) this.emit("schema-widened", consumerOnly, { ...here, newPointer: place.newPointer }, `not ${show(oldNot)} removed: data that matches it is now valid`);
    else this.compare(oldNot, newNot, { ...here, polarity: negated(place.polarity ?? positive) });
  }

  /**
   * `if`/`then`/`else`: the then applies where the if holds, the else where it fails; without
   * an if neither applies. What the tool cannot prove narrows (or widens) nothing counts as
   * breaking that side, and the message says so.
   */
  private compareConditional(oldSchema: Schema, newSchema: Schema, place: Place): void {
    const oldIf = oldSchema["if"];
    const newIf = newSchema["if"];
    if (oldIf === undefined && newIf === undefined) return;
    const here = this.at(place, "if");
    if (oldIf === undefined) {
      if (onlyForNewValues(newSchema, oldSchema) || (this.isTrue(newSchema["then"], "new", place) && this.isTrue(newSchema["else"], "new", place))) return;
      this.emit("schema-narrowed", producerOnly, here, `if/then added: ${this.conditional(newSchema, "now")}`);
      return;
    }
    if (newIf === undefined) {
      if (this.isTrue(oldSchema["then"], "old", place) && this.isTrue(oldSchema["else"], "old", place)) return;
      this.emit("schema-widened", consumerOnly, { ...here, newPointer: place.newPointer }, `if/then removed: ${this.conditional(oldSchema, "no longer")}`);
      return;
    }
    const order = this.same(oldIf, newIf, place) ? "equal" : this.conditionOrder(oldIf, newIf, place);
    const inWords = (condition: unknown) => describeCondition(condition) ?? show(condition);
    if (order !== "equal") this.compareCondition(oldSchema, order, `(${inWords(oldIf)} → ${inWords(newIf)})`, here);
    // The branches, each where its condition (the new one) holds.
    const when = describeCondition(newIf);
    for (const [keyword, condition] of [
      ["then", when === undefined ? `where if ${show(newIf)} holds` : `when ${when}`],
      ["else", when === undefined ? `where if ${show(newIf)} fails` : `unless ${when}`],
    ] as const) {
      if (oldSchema[keyword] === undefined && newSchema[keyword] === undefined) continue;
      const branch = { ...this.at(place, keyword), condition: place.condition === undefined ? condition : `${place.condition}, ${condition}` };
      this.compare(oldSchema[keyword] ?? true, newSchema[keyword] ?? true, branch);
    }
  }

  /**
   * A condition that changed, the branches as they were: the records it stopped (or started)
   * matching move from then to else (or back). A move breaks producers unless the branch they
   * move to provably admits all the branch they leave did, and consumers unless the converse.
   */
  private compareCondition(oldSchema: Schema, order: "narrower" | "wider" | "unrelated", change: string, here: Place): void {
    const then: SchemaIn = { node: oldSchema["then"] ?? true, index: this.oldIndex, file: here.oldFile };
    const otherwise: SchemaIn = { ...then, node: oldSchema["else"] ?? true };
    if (order === "unrelated") {
      this.emit("keyword-changed", bothSides, here, `the condition (if) changed ${change}: the tool cannot prove that it matches less data or more; review which data the then/else now apply to (counted as breaking both sides until then)`, true);
      return;
    }
    const [from, to] = order === "narrower" ? [then, otherwise] : [otherwise, then];
    const producer = !isSubschema(from, to);
    const consumer = !isSubschema(to, from);
    const moves = order === "narrower" ? "the condition (if) now matches less data" : "the condition (if) now matches more data";
    const hasElse = oldSchema["else"] !== undefined;
    const what =
      order === "narrower"
        ? hasElse
          ? "records it no longer matches are held to the else instead of the then"
          : "the then no longer applies to records it no longer matches"
        : hasElse
          ? "records it now also matches are held to the then instead of the else"
          : "the then now also applies to records it did not match";
    if (producer && consumer) {
      this.emit("keyword-changed", bothSides, here, `${moves} ${change}: ${what}, and the tool cannot prove that either admits more than the other; review (counted as breaking both sides until then)`, true);
    } else if (producer) this.emit("schema-narrowed", producerOnly, here, `${moves} ${change}: ${what}`);
    else if (consumer) this.emit("schema-widened", consumerOnly, here, `${moves} ${change}: ${what}`);
  }

  /** How a new condition relates to the old one, as far as the tool can prove it. */
  private conditionOrder(oldIf: unknown, newIf: unknown, place: Place): "equal" | "narrower" | "wider" | "unrelated" {
    const before: SchemaIn = { node: oldIf, index: this.oldIndex, file: place.oldFile };
    const after: SchemaIn = { node: newIf, index: this.newIndex, file: place.newFile };
    const narrower = isSubschema(after, before);
    const wider = isSubschema(before, after);
    return narrower && wider ? "equal" : narrower ? "narrower" : wider ? "wider" : "unrelated";
  }

  /** Whether a schema (absent: true) provably admits everything. */
  private isTrue(node: unknown, side: "old" | "new", place: Place): boolean {
    const [index, file] = side === "old" ? [this.oldIndex, place.oldFile] : [this.newIndex, place.newFile];
    return isSubschema({ node: true, index, file }, { node: node ?? true, index, file });
  }

  /** An allOf branch with an if in words: the if/then/else, and what else it holds. */
  private branch(branch: Schema, tense: "now" | "no longer"): string {
    if (onlyCondition(branch)) return `an if/then: ${this.conditional(branch, tense)}`;
    return `an if/then with other keywords, which ${tense === "now" ? "now apply" : "no longer apply"} to all data: ${show(branch)}`;
  }

  /** An if/then/else in words: `when kind is "a", {"required":["size"]} now applies`. */
  private conditional(schema: Schema, tense: "now" | "no longer"): string {
    const when = describeCondition(schema["if"]) ?? `if ${show(schema["if"])} holds`;
    const parts = [];
    if (schema["then"] !== undefined) parts.push(`when ${when}, ${show(schema["then"])} ${tense} applies`);
    if (schema["else"] !== undefined) parts.push(`unless ${when}, ${show(schema["else"])} ${tense} applies`);
    return parts.join("; ");
  }

  private compareDefinitions(oldSchema: Schema, newSchema: Schema, place: Place): void {
    const oldDefinitions = isSchemaObject(oldSchema["$defs"]) ? oldSchema["$defs"] : {};
    const newDefinitions = isSchemaObject(newSchema["$defs"]) ? newSchema["$defs"] : {};
    for (const name of new Set([...Object.keys(oldDefinitions), ...Object.keys(newDefinitions)])) {
      const here = this.at(place, "$defs", name);
      const definition: Place = { ...here, label: `${place.newFile}#${here.newPointer}`, path: "", polarity: positive };
      if (!Object.hasOwn(newDefinitions, name)) {
        this.emit("definition-removed", bothSides, { ...definition, newPointer: place.newPointer }, `definition ${name} removed: schemas that $ref it no longer resolve`);
      } else if (!Object.hasOwn(oldDefinitions, name)) this.emit("definition-added", noSide, definition, `definition ${name} added`);
      else this.compareDefinition(oldDefinitions[name], newDefinitions[name], definition);
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

/** A schema of nothing but `if`, `then`, `else` (and annotations). */
function onlyCondition(schema: Schema): boolean {
  return Object.keys(schema).every((keyword) => isAnnotation(keyword) || keyword === "if" || keyword === "then" || keyword === "else");
}

/** A schema with an `if`: a condition, whose then and else apply where it holds or fails. */
function isConditional(node: unknown): node is Schema {
  return isSchemaObject(node) && node["if"] !== undefined;
}

/**
 * A condition in words when it has the form the standard's schemas use — properties with a
 * `const` or an `enum` (and required), absent (`false`) or required — else undefined.
 */
function describeCondition(condition: unknown): string | undefined {
  if (!isSchemaObject(condition)) return undefined;
  const properties = condition["properties"] ?? {};
  const required = condition["required"] ?? [];
  if (!isSchemaObject(properties) || !Array.isArray(required) || Object.keys(condition).some((keyword) => !isAnnotation(keyword) && keyword !== "properties" && keyword !== "required")) return undefined;
  const parts: string[] = [];
  for (const [name, test] of Object.entries(properties)) {
    if (test === false) {
      parts.push(`${name} is absent`);
      continue;
    }
    if (!isSchemaObject(test)) return undefined;
    const values = valuesOf(test);
    if (values === undefined || Object.keys(test).some((keyword) => !isAnnotation(keyword) && keyword !== "const" && keyword !== "enum")) return undefined;
    const is = values.length === 1 ? `is ${show(values[0])}` : `is one of ${showList(values)}`;
    parts.push(required.includes(name) ? `${name} ${is}` : `${name} is absent or ${is}`);
  }
  for (const name of required) if (!Object.hasOwn(properties, String(name))) parts.push(`${String(name)} is present`);
  return parts.length === 0 ? undefined : parts.join(" and ");
}

/**
 * A branch `{ if: { properties: { p: { const: c } }, required: [p] }, then: … }` (no else) whose
 * `c` the old schema does not allow for `p` (its enum or const) constrains only data the old
 * version rejected — a record type added in this version, say — so it narrows nothing.
 */
function onlyForNewValues(branch: unknown, oldSchema: Schema): boolean {
  if (typeof branch !== "object" || branch === null || (branch as Schema)["else"] !== undefined) return false;
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
