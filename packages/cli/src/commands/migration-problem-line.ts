import { maskIdentifier } from "@czt/domain";
import { displayText, type MigrationProblem } from "@czt/validator";

/**
 * One line of what could not be migrated: `file:line[:column] [record id] reason`. The
 * record id is masked as identifiers are (a producer may use an identity number as id)
 * unless `reveal`.
 */
export function migrationProblemLine(file: string, problem: MigrationProblem, reveal: boolean): string {
  const where = `${displayText(file)}:${problem.line}${problem.column !== undefined ? `:${problem.column}` : ""}`;
  const id = problem.recordId === undefined ? "" : ` [${displayText(reveal ? problem.recordId : maskIdentifier(problem.recordId))}]`;
  return `${where}${id} ${problem.message}`;
}
