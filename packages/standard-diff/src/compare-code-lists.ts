import { bothSides, type Change, type Side } from "./change.js";
import type { ChangeKind } from "./change-kinds.js";
import type { CodeDocument, CodeListDocument, StandardTree } from "./standard-tree.js";

const producerOnly: readonly Side[] = ["producer"];
const consumerOnly: readonly Side[] = ["consumer"];
const noSide: readonly Side[] = [];

function bilingual(title: CodeDocument["title"]): string {
  return `${title?.zh ?? ""} / ${title?.en ?? ""}`;
}

/**
 * Compares the code lists of two versions. A code's meaning is its bilingual title: a new
 * title for the same code means old data may now say something else, so it needs review.
 */
export function compareCodeLists(oldTree: StandardTree, newTree: StandardTree, changes: Change[]): void {
  const emit = (kind: ChangeKind, breaks: readonly Side[], list: string, pointer: string, where: string, message: string, review = false) =>
    changes.push({ kind, breaks, review, area: "codelist", file: `codelists/${list}.json`, pointer, location: where === "" ? `codelists/${list}.json` : `codelists/${list}.json: ${where}`, message });

  for (const [id, oldList] of oldTree.codeLists) {
    const newList = newTree.codeLists.get(id);
    if (newList === undefined) emit("codelist-removed", bothSides, id, "", "", `code list ${id} removed`);
    else compareCodeList(id, oldList, newList, emit);
  }
  for (const [id, newList] of newTree.codeLists) {
    if (!oldTree.codeLists.has(id)) emit("codelist-added", noSide, id, "", "", `code list ${id} added (${newList.openness ?? "closed"}, ${newList.codes?.length ?? 0} codes)`);
  }
}

type Emit = (kind: ChangeKind, breaks: readonly Side[], list: string, pointer: string, where: string, message: string, review?: boolean) => void;

function compareCodeList(id: string, oldList: CodeListDocument, newList: CodeListDocument, emit: Emit): void {
  const wasClosed = oldList.openness !== "open";
  if (oldList.openness !== newList.openness) {
    if (newList.openness === "open") emit("codelist-opened", consumerOnly, id, "/openness", "", "list opened: readers may meet codes they do not know");
    else emit("codelist-closed", producerOnly, id, "/openness", "", "list closed: codes outside it are now errors, not warnings");
  }
  const oldCodes = new Map((oldList.codes ?? []).map((entry) => [entry.code, entry]));
  const newCodes = newList.codes ?? [];
  for (const [code] of oldCodes) {
    if (!newCodes.some((entry) => entry.code === code)) emit("code-removed", producerOnly, id, "/codes", `code ${code}`, `code ${code} removed: data that uses it becomes invalid`);
  }
  newCodes.forEach((entry, index) => {
    const pointer = `/codes/${index}`;
    const where = `code ${entry.code}`;
    const before = oldCodes.get(entry.code);
    if (before === undefined) {
      const text = `code ${entry.code} (${bilingual(entry.title)}) added`;
      if (wasClosed) emit("code-added", consumerOnly, id, pointer, where, `${text} to a closed list: readers of the old version reject it`);
      else emit("code-added", noSide, id, pointer, where, text);
      return;
    }
    if (before.title?.zh !== entry.title?.zh || before.title?.en !== entry.title?.en) {
      emit("code-meaning-changed", bothSides, id, `${pointer}/title`, where, `title ${bilingual(before.title)} → ${bilingual(entry.title)}: review whether the code still means the same`, true);
    }
    if (JSON.stringify(before.description) !== JSON.stringify(entry.description)) {
      emit("code-description-changed", noSide, id, `${pointer}/description`, where, "description changed");
    }
    compareStatus(id, before, entry, pointer, where, emit);
    // A deprecation or retirement names its date; the period it ends is part of that change.
    const endsNow = before.status !== entry.status && (entry.status === "deprecated" || entry.status === "retired");
    if (!endsNow) comparePeriod(id, before, entry, pointer, where, emit);
  });
}

function compareStatus(id: string, before: CodeDocument, after: CodeDocument, pointer: string, where: string, emit: Emit): void {
  if (before.status === after.status) return;
  const until = after.until === undefined ? "" : ` (until ${after.until})`;
  const here = `${pointer}/status`;
  if (after.status === "deprecated") emit("code-deprecated", noSide, id, here, where, `code ${after.code} deprecated${until}: still valid, not for new data`);
  else if (after.status === "retired") emit("code-retired", producerOnly, id, here, where, `code ${after.code} retired${until}: invalid for new data`);
  else emit("code-reactivated", noSide, id, here, where, `code ${after.code} ${before.status ?? "active"} → ${after.status ?? "active"}`);
}

function comparePeriod(id: string, before: CodeDocument, after: CodeDocument, pointer: string, where: string, emit: Emit): void {
  // ISO dates compare as strings; no date is "always".
  const since = (entry: CodeDocument) => entry.since ?? "";
  const until = (entry: CodeDocument) => entry.until ?? "9999-12-31";
  const narrowed = since(after) > since(before) || until(after) < until(before);
  const widened = since(after) < since(before) || until(after) > until(before);
  if (!narrowed && !widened) return;
  const period = (entry: CodeDocument) => `${entry.since ?? "…"} – ${entry.until ?? "…"}`;
  const message = `applies ${period(before)} → ${period(after)}`;
  if (narrowed) emit("code-period-narrowed", producerOnly, id, pointer, where, `${message}: data dated outside the new period becomes invalid`);
  else emit("code-period-widened", noSide, id, pointer, where, message);
}
