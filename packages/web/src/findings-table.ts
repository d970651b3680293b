import type { Lang, PageFinding, RuleInfo } from "./protocol.js";
import { t } from "./texts.js";

export const rowHeight = 28;
/** Rows drawn beyond the visible ones, above and below, so scrolling does not flash. */
const overscan = 10;

export type SortKey = "ruleId" | "severity" | "file" | "line" | "recordId" | "pointer" | "message";
const columns: readonly { key: SortKey; text: "rule" | "severity" | "file" | "line" | "recordId" | "field" | "message" }[] = [
  { key: "ruleId", text: "rule" },
  { key: "severity", text: "severity" },
  { key: "file", text: "file" },
  { key: "line", text: "line" },
  { key: "recordId", text: "recordId" },
  { key: "pointer", text: "field" },
  { key: "message", text: "message" },
];

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

/**
 * The table of findings with virtual scrolling: only the rows in view (and a few more) are
 * in the DOM, so 100 000 findings scroll as smoothly as ten. Rows are reachable by keyboard
 * (arrow keys, Enter opens the record).
 */
export class FindingsTable {
  private rows: PageFinding[] = [];
  private sortKey: SortKey | undefined;
  private descending = false;
  private selected = -1;
  lang: Lang = "en";
  rules: Record<string, RuleInfo> = {};

  constructor(
    private readonly head: HTMLElement,
    private readonly viewport: HTMLElement,
    private readonly spacer: HTMLElement,
    private readonly body: HTMLElement,
    private readonly grid: HTMLElement,
    private readonly onOpen: (finding: PageFinding) => void,
  ) {
    viewport.addEventListener("scroll", () => this.draw());
    viewport.addEventListener("keydown", (event) => this.key(event));
  }

  setRows(rows: PageFinding[]): void {
    this.rows = this.sorted(rows);
    this.selected = -1;
    this.spacer.style.height = `${this.rows.length * rowHeight}px`;
    this.grid.setAttribute("aria-rowcount", String(this.rows.length + 1));
    this.viewport.scrollTop = 0;
    this.drawHead();
    this.draw();
  }

  get length(): number {
    return this.rows.length;
  }

  private sorted(rows: PageFinding[]): PageFinding[] {
    const key = this.sortKey;
    if (!key) return rows;
    const lang = this.lang;
    const value = (f: PageFinding): string | number =>
      key === "message" ? f.message[lang] : key === "severity" ? severityOrder[f.severity] : key === "line" ? f.line : (f[key] ?? "");
    const sign = this.descending ? -1 : 1;
    return [...rows].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      return x < y ? -sign : x > y ? sign : 0;
    });
  }

  drawHead(): void {
    this.head.replaceChildren(
      ...columns.map(({ key, text }) => {
        const button = document.createElement("button");
        button.type = "button";
        button.setAttribute("role", "columnheader");
        const label = t(this.lang, text);
        button.textContent = label + (this.sortKey === key ? (this.descending ? " ▼" : " ▲") : "");
        button.title = t(this.lang, "sortBy", { column: label });
        button.setAttribute("aria-sort", this.sortKey === key ? (this.descending ? "descending" : "ascending") : "none");
        button.addEventListener("click", () => {
          this.descending = this.sortKey === key ? !this.descending : false;
          this.sortKey = key;
          this.setRows(this.rows);
        });
        return button;
      }),
    );
  }

  draw(): void {
    const first = Math.max(0, Math.floor(this.viewport.scrollTop / rowHeight) - overscan);
    const visible = Math.ceil(this.viewport.clientHeight / rowHeight) + 2 * overscan;
    const last = Math.min(this.rows.length, first + visible);
    this.body.style.transform = `translateY(${first * rowHeight}px)`;
    const elements: HTMLElement[] = [];
    for (let index = first; index < last; index++) {
      const finding = this.rows[index];
      if (finding) elements.push(this.row(finding, index));
    }
    this.body.replaceChildren(...elements);
  }

  private row(f: PageFinding, index: number): HTMLElement {
    const row = document.createElement("div");
    row.className = index === this.selected ? "row selected" : "row";
    row.setAttribute("role", "row");
    row.setAttribute("aria-rowindex", String(index + 2));
    row.dataset["index"] = String(index);
    const cells: [string, string?][] = [
      [f.ruleId],
      [t(this.lang, f.severity), `sev-${f.severity}`],
      [f.file],
      [String(f.line)],
      [f.recordId ?? (f.recordIndex >= 0 ? `#${f.recordIndex + 1}` : "")],
      [f.pointer],
      [f.message[this.lang]],
    ];
    for (const [text, className] of cells) {
      const cell = document.createElement("span");
      cell.setAttribute("role", "gridcell");
      cell.textContent = text;
      cell.title = text;
      if (className) cell.className = className;
      row.append(cell);
    }
    const guidance = this.rules[f.ruleId]?.guidance[this.lang];
    if (guidance) row.title = `${t(this.lang, "guidance")}: ${guidance}`;
    row.addEventListener("click", () => this.open(index));
    return row;
  }

  private open(index: number): void {
    const finding = this.rows[index];
    if (!finding) return;
    this.selected = index;
    this.draw();
    this.onOpen(finding);
  }

  private key(event: KeyboardEvent): void {
    if (this.rows.length === 0) return;
    const step = event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : event.key === "PageDown" ? 10 : event.key === "PageUp" ? -10 : 0;
    if (step !== 0) {
      event.preventDefault();
      const index = Math.min(this.rows.length - 1, Math.max(0, this.selected + step));
      const top = index * rowHeight;
      if (top < this.viewport.scrollTop) this.viewport.scrollTop = top;
      else if (top + rowHeight > this.viewport.scrollTop + this.viewport.clientHeight) this.viewport.scrollTop = top + rowHeight - this.viewport.clientHeight;
      this.open(index);
    }
  }
}
