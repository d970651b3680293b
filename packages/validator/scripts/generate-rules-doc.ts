/**
 * Generates docs/rules.md from the rule catalogue: `npm run generate -w @czt/validator`.
 * The file is committed; test/rules/rules-doc.test.ts fails when it drifts.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ruleParameters, rules } from "../src/catalogue.js";
import { type ParamMask, paramTreatment } from "../src/param-sources.js";
import type { Rule, RuleCategory } from "../src/rule.js";

export const rulesDocPath = join(dirname(fileURLToPath(import.meta.url)), "../../../docs/rules.md");

const categories: readonly { id: RuleCategory; zh: string; en: string }[] = [
  { id: "input", zh: "读取", en: "Input" },
  { id: "schema", zh: "模式", en: "Schema" },
  { id: "identifier", zh: "标识号码", en: "Identifiers" },
  { id: "code", zh: "代码", en: "Codes" },
  { id: "text", zh: "文本", en: "Text" },
  { id: "date", zh: "日期", en: "Dates" },
  { id: "amount", zh: "金额", en: "Amounts" },
  { id: "workflow", zh: "业务流程", en: "Workflow" },
  { id: "review", zh: "复核", en: "Review" },
  { id: "reference", zh: "引用", en: "References" },
  { id: "duplicate", zh: "重复与冲突", en: "Duplicates and conflicts" },
];

const severityText = { error: "error 错误", warning: "warning 警告", info: "info 提示" } as const;
const layerText = { input: "input", schema: "schema", record: "record", dataset: "dataset" } as const;

/** Markdown table cells: no pipes or line breaks. */
function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function appliesTo(rule: Rule): string {
  return rule.appliesTo.length === 0 ? "any input" : rule.appliesTo.join(", ");
}

/** How a masked param is masked, and from which fields. */
function maskText(rule: Rule, name: string, mask: ParamMask): string {
  const source = rule.paramSources?.[name];
  if (mask === "derived") return `derived from ${(source?.derivedFrom ?? []).map((p) => `\`${p}\``).join(", ")}: masked whole`;
  const fields = typeof source?.field === "string" ? [source.field] : (source?.field ?? []);
  return fields.length > 0 ? `${mask}, ${fields.map((p) => `\`${p}\``).join(" or ")}` : mask;
}

function ruleDetails(rule: Rule): string[] {
  const lines = [`#### \`${rule.id}\``, ""];
  lines.push(`${rule.title.zh} — ${rule.title.en}. Layer: ${layerText[rule.kind]}; severity: ${severityText[rule.severity]}${rule.configurableSeverity ? " (configurable with `severityOverrides`)" : ""}; versions: ${rule.versions.join(", ")}.`, "");
  lines.push(`- 消息：${rule.message.zh}`, `- Message: ${rule.message.en}`, `- 说明：${rule.guidance.zh}`, `- Guidance: ${rule.guidance.en}`);
  const treatment = paramTreatment(rule);
  const masked = [
    ...Object.entries(treatment.masks).map(([name, mask]) => `\`${name}\` (${maskText(rule, name, mask)})`),
    ...treatment.atPointer.map((name) => `\`${name}\` (as the field the finding points at, when it is sensitive)`),
  ];
  if (masked.length > 0) lines.push(`- Masked params: ${masked.join(", ")}`);
  const coded = Object.entries(treatment.codeLists);
  if (coded.length > 0) lines.push(`- Code params (shown with their title): ${coded.map(([name, list]) => `\`${name}\` (\`${list}\`)`).join(", ")}`);
  const need = ruleParameters[rule.id];
  if (need) {
    lines.push(need.required ? `- Needs parameter table \`${need.table}\`: without an entry that applies, the rule does nothing.` : `- Reads parameter table \`${need.table}\` when given; without it, ${need.withoutIt}.`);
  }
  lines.push("");
  return lines;
}

export function renderRulesDoc(): string {
  const out: string[] = [
    "# CZT-SS validator rules / 校验规则",
    "",
    "<!-- Generated from packages/validator/src/catalogue.ts by `npm run generate -w @czt/validator`. Do not edit. -->",
    "",
    "Every finding of the validator names one of these rules. Ids are stable: a rule's meaning never changes under its id.",
    "Messages are templates filled from a finding's params (`{name}`). Unless `--reveal` is given, a param is masked by the `x-czt-sensitivity` of the field it comes from, in params and messages alike: identifiers as `430102********1234`, personal data to its first character (`张*`), special data (income, benefits, balances, contribution bases) whole (`***`). A figure a rule computes from sensitive fields (the expected benefit of a 低保 formula, a pooled fund from contribution bases, the check character or birth date an identity number implies) is masked whole too, so a masked value cannot be recomputed from the figures shown; the rule's own figures (limits, bounds and standards from the parameter tables, lengths, counts) are never masked. Params holding a code are shown in messages by the code list's title (`Completed`, `已办结`); the params keep the bare code.",
    "Record rules run only on records that passed the schema; dataset rules run once over a compact index of all records (two passes, no record kept in memory).",
    "",
    `${rules.length} rules: ${rules.filter((r) => r.kind === "input").length} input, ${rules.filter((r) => r.kind === "schema").length} schema, ${rules.filter((r) => r.kind === "record").length} record, ${rules.filter((r) => r.kind === "dataset").length} dataset.`,
    "",
    "## Precedence",
    "",
    "- A wrong identity-number check character is reported alone: `id-number.birth-date`, `person.birth-date-matches-id`, `person.sex-matches-id` and the identity-number part of `division.valid-on-date` stay silent for that number; an impossible birth date in the number silences `person.birth-date-matches-id`.",
    "- `assistance.dibao-benefit` is not computed when the income is not below the standard (`assistance.dibao-income-below-standard` reports).",
    "- A completed transfer without `to.enrolmentId` is `dataset.transfer-target-missing`; an id that does not resolve is `dataset.unresolved-reference`.",
    "- Employee + resident medical overlaps are `dataset.overlapping-medical` (configurable); every other overlap within an insurance family is `dataset.duplicate-enrolment`.",
    "",
    "## Parameters",
    "",
    "Dated figures come from a parameter file (`schemas/parameters.schema.json`; example with placeholder figures: `examples/parameters/placeholder-parameters.json`) supplied by the agency with `czt validate --params FILE`. The standard ships no official figure: each entry carries its `source` and `verified` flag, and findings based on unverified entries say so.",
    "",
    "| rule | table | without it |",
    "|---|---|---|",
    ...Object.entries(ruleParameters).map(([id, need]) => `| \`${id}\` | \`${need.table}\` | ${need.withoutIt} |`),
    "",
  ];
  for (const category of categories) {
    const inCategory = rules.filter((rule) => rule.category === category.id);
    if (inCategory.length === 0) continue;
    out.push(`## ${category.zh} — ${category.en}`, "", "| id | severity | layer | applies to | 标题 | title |", "|---|---|---|---|---|---|");
    for (const rule of inCategory) {
      out.push(`| \`${rule.id}\` | ${rule.severity}${rule.configurableSeverity ? " (configurable)" : ""} | ${rule.kind} | ${appliesTo(rule)} | ${cell(rule.title.zh)} | ${cell(rule.title.en)} |`);
    }
    out.push("");
    for (const rule of inCategory) out.push(...ruleDetails(rule));
  }
  return `${out.join("\n").trimEnd()}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(rulesDocPath, renderRulesDoc());
  console.log(`wrote ${rulesDocPath}`);
}
