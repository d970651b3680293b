/** A one-line progress bar on a TTY, redrawn at most every 100 ms. */
export class ProgressBar {
  private lastDraw = 0;
  /** The longest line drawn, which `clear` must cover. */
  private drawnWidth = 0;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly totalBytes: number,
  ) {}

  update(bytes: number): void {
    const now = Date.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.draw(bytes, "");
  }

  /**
   * The whole input is read: a full bar and what runs now (the dataset rules, which give
   * no progress of their own), so a bar standing at 100 % does not look like a hang.
   */
  phase(text: string): void {
    this.draw(this.totalBytes, `  ${text}`);
  }

  clear(): void {
    this.stream.write(`\r${" ".repeat(Math.max(60, this.drawnWidth))}\r`);
  }

  private draw(bytes: number, suffix: string): void {
    const share = Math.min(1, bytes / this.totalBytes);
    const width = 30;
    const filled = Math.round(share * width);
    const line = `[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${(bytes / 1048576).toFixed(0)} MiB${suffix}`;
    // Wide characters (the zh text) take two columns each.
    this.drawnWidth = Math.max(this.drawnWidth, line.length + (line.match(/[\u3000-\u9fff\uff00-\uffef]/g)?.length ?? 0));
    this.stream.write(`\r${line}`);
  }
}
