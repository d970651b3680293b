import { type CodeListId, codeEntry } from "@czt/schemas";
import type { Params } from "./rule.js";

/**
 * Adds the titles of the code params (`status` → `status.zh`, `status.en`), so that
 * messages say `Completed` / `已办结` while params keep the bare code for machines.
 * A code the list does not have is left as it is.
 */
export function withCodeTitles(params: Params, codeLists: Readonly<Record<string, CodeListId>>): Params {
  let titled: Record<string, string | number | boolean | null> | undefined;
  for (const [name, list] of Object.entries(codeLists)) {
    const code = params[name];
    if (typeof code !== "string") continue;
    const title = codeEntry(list, code)?.title;
    if (!title) continue;
    titled ??= { ...params };
    titled[`${name}.zh`] = title.zh;
    titled[`${name}.en`] = title.en;
  }
  return titled ?? params;
}
