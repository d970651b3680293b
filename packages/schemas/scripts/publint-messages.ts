/** publint, strict, on a package as unpacked from its tarball: every message, formatted. */
import { publint } from "publint";
import { formatMessage, formatMessagePath } from "publint/utils";

/**
 * publint's messages of every level (warnings raised to errors, as `publint --strict`) for
 * the package in `directory`, each `<type> <code> at pkg.<field>: <text>`; empty when it has none.
 * `directory` must hold exactly the published files (an unpacked tarball): publint does not pack it again.
 */
export async function publintMessages(directory: string): Promise<string[]> {
  const { messages, pkg } = await publint({ pkgDir: directory, pack: false, level: "suggestion", strict: true });
  return messages.map(
    (message) => `${message.type} ${message.code} at ${formatMessagePath(message.path)}: ${formatMessage(message, pkg, { color: false }) ?? "(no text)"}`,
  );
}
