/**
 * A record pretty-printed as JSON into `target`, the value at `pointer` (RFC 6901) in a
 * <mark> and scrolled into view. Built from DOM text nodes: data is never parsed as HTML.
 */
export function showRecord(target: HTMLElement, record: unknown, pointer: string): void {
  target.replaceChildren();
  let text = "";
  let marked: HTMLElement | undefined;
  const flush = () => {
    if (text) target.append(document.createTextNode(text));
    text = "";
  };
  const write = (value: unknown, at: string, indent: string): void => {
    const highlight = pointer !== "" && at === pointer;
    if (highlight) {
      flush();
      marked = document.createElement("mark");
      target.append(marked);
    }
    const into = (piece: string) => {
      if (highlight && marked) marked.append(document.createTextNode(piece));
      else text += piece;
    };
    if (Array.isArray(value)) {
      if (value.length === 0) into("[]");
      else {
        into("[\n");
        value.forEach((item, index) => {
          into(`${indent}  `);
          if (highlight) into(JSON.stringify(item, null, 2).replace(/\n/g, `\n${indent}  `));
          else write(item, `${at}/${index}`, `${indent}  `);
          into(index < value.length - 1 ? ",\n" : "\n");
        });
        into(`${indent}]`);
      }
    } else if (value !== null && typeof value === "object") {
      const entries = Object.entries(value);
      if (entries.length === 0) into("{}");
      else {
        into("{\n");
        entries.forEach(([key, item], index) => {
          into(`${indent}  ${JSON.stringify(key)}: `);
          if (highlight) into(JSON.stringify(item, null, 2).replace(/\n/g, `\n${indent}  `));
          else write(item, `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, `${indent}  `);
          into(index < entries.length - 1 ? ",\n" : "\n");
        });
        into(`${indent}}`);
      }
    } else into(JSON.stringify(value));
    if (highlight) marked = undefined;
  };
  write(record, "", "");
  flush();
  target.querySelector("mark")?.scrollIntoView({ block: "center" });
}
