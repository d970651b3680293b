import { codeLists } from "@czt/schemas";

/** The `since` date of a code, read from its list so generated data follows the standard's dates. */
export function codeSince(list: "insuranceScheme", code: string): string {
  const since = (codeLists[list].codes as readonly { readonly code: string; readonly since?: string }[]).find((entry) => entry.code === code)?.since;
  if (since === undefined) throw new Error(`code ${code} of ${list} has no since date`);
  return since;
}
