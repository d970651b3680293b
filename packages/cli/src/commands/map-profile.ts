import { cellReference, type MappingProfile, maxDistinct, renderProblem } from "@czt/mapping";
import type { Lang } from "@czt/validator";

const percent = (part: number, whole: number) => (whole === 0 ? "–" : `${((part / whole) * 100).toFixed(1)}%`);

/**
 * `czt map --profile` as text: per table, each column's fill rate and the fields it fills,
 * the distinct values of coded columns with the code each maps to (✗ when unmapped), then
 * every row that fails to map, located like the report's findings.
 */
export function renderProfile(profile: MappingProfile, lang: Lang, reveal: boolean): string {
  const zh = lang === "zh";
  const out: string[] = [];
  for (const table of profile.tables) {
    const where = table.sheet !== undefined ? `${table.file}#${table.sheet}` : table.file;
    out.push(`${where} (${zh ? "来源" : "source"} ${table.source}): ${table.rows} ${zh ? "行" : "rows"}`);
    for (const column of table.columns) {
      const fields = column.fields.length > 0 ? ` → ${column.fields.join(", ")}` : zh ? "（未映射）" : " (not mapped)";
      out.push(`  ${column.column}. ${column.header || "∅"}  ${zh ? "填充率" : "filled"} ${percent(column.filled, table.rows)}${fields}`);
      for (const code of column.codes ?? []) out.push(`       ${code.value} ×${code.count} → ${code.mapsTo ?? (zh ? "✗ 无对应代码" : "✗ unmapped")}`);
      if ((column.codes?.length ?? 0) >= maxDistinct) out.push(`       … ${zh ? `仅列出前 ${maxDistinct} 个不同值` : `first ${maxDistinct} distinct values only`}`);
    }
  }
  out.push(zh ? `将生成记录 ${profile.records} 条，无法映射之处 ${profile.problems.length} 个：` : `${profile.records} records would be written; ${profile.problems.length} problems:`);
  for (const problem of profile.problems) {
    const { location } = problem;
    const where = `${location.file}${location.sheet !== undefined ? `#${location.sheet}` : ""}${location.row !== undefined ? `:${location.row}` : ""}${location.sheet === undefined && location.column !== undefined ? `:${location.column}` : ""}`;
    const cell = location.sheet !== undefined ? cellReference(location) : undefined;
    out.push(`  ${where}${cell ? ` ${cell}` : ""} ${problem.code}: ${renderProblem(problem, lang, reveal)}`);
  }
  return `${out.join("\n")}\n`;
}
