import { type Change, isBreaking } from "./change.js";
import { changeKinds } from "./change-kinds.js";
import type { StandardDiff } from "./diff-standards.js";

function sides(change: Change): string {
  if (change.breaks.length === 0) return "compatible";
  const correction = change.correction === undefined ? "" : `, correction: ${change.correction}`;
  return `breaks ${change.breaks.map((side) => `${side}s`).join(" and ")}${change.review ? ", review" : ""}${correction}`;
}

/** Entries of corrections.json that match no change: a warning block, so a stale entry is seen. */
function unmatchedLines(diff: StandardDiff): string[] {
  return diff.unmatchedCorrections.map((correction) => `  ${correction.location} — ${correction.kind}: no such change between ${diff.old} and ${diff.new}`);
}

function summaryLine(diff: StandardDiff): string {
  const { summary } = diff;
  const total = diff.changes.length;
  if (total === 0) return `${diff.old} → ${diff.new}: no changes`;
  const review = summary.review > 0 ? `, ${summary.review} to review` : "";
  const corrections = summary.corrections > 0 ? `, ${summary.corrections} declared corrections` : "";
  return `${diff.old} → ${diff.new}: ${total} change${total === 1 ? "" : "s"}, ${summary.breaking} breaking (${summary.producer} for producers, ${summary.consumer} for consumers${review}${corrections}), ${summary.compatible} compatible`;
}

/** One line per change, breaking ones first, then the summary. */
export function renderText(diff: StandardDiff): string {
  const breaking = diff.changes.filter((change) => isBreaking(change));
  const compatible = diff.changes.filter((change) => !isBreaking(change));
  const line = (change: Change) => `  ${change.location} — ${changeKinds[change.kind].title}: ${change.message} [${sides(change)}]`;
  const blocks: string[] = [];
  if (breaking.length > 0) blocks.push(["Breaking:", ...breaking.map(line)].join("\n"));
  if (compatible.length > 0) blocks.push(["Compatible:", ...compatible.map(line)].join("\n"));
  if (diff.unmatchedCorrections.length > 0) blocks.push(["Corrections that match no change (corrections.json):", ...unmatchedLines(diff)].join("\n"));
  blocks.push(summaryLine(diff));
  return `${blocks.join("\n\n")}\n`;
}

/** Characters that Markdown would read as markup in a message. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (character) => `\\${character}`);
}

/** The change list for a changelog: `###` groups by the side a change breaks, one bullet per change. */
export function renderMarkdown(diff: StandardDiff): string {
  const groups: [string, Change[]][] = [
    ["Breaking for producers", diff.changes.filter((change) => isBreaking(change, "producer"))],
    ["Breaking for consumers", diff.changes.filter((change) => isBreaking(change, "consumer") && !isBreaking(change, "producer"))],
    ["Compatible", diff.changes.filter((change) => !isBreaking(change))],
  ];
  const bullet = (change: Change) =>
    `- \`${change.location.replaceAll("`", "'")}\`: **${changeKinds[change.kind].title}** — ${escapeMarkdown(change.message)}${change.breaks.length === 2 ? " (breaks producers and consumers)" : ""}${change.correction === undefined ? "" : ` — correction: ${escapeMarkdown(change.correction)}`}`;
  const sections = groups.filter(([, changes]) => changes.length > 0).map(([title, changes]) => [`### ${title}`, "", ...changes.map(bullet)].join("\n"));
  if (sections.length === 0) return `No changes between ${diff.old} and ${diff.new}.\n`;
  return `${sections.join("\n\n")}\n`;
}

/** The diff as JSON (shape: diff-report.schema.json in this package). */
export function renderJson(diff: StandardDiff): string {
  return `${JSON.stringify({ old: diff.old, new: diff.new, summary: diff.summary, changes: diff.changes, unmatchedCorrections: diff.unmatchedCorrections }, null, 2)}\n`;
}
