/** A one-line progress bar on a TTY, redrawn at most every 100 ms. */
export class ProgressBar {
  private lastDraw = 0;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly totalBytes: number,
  ) {}

  update(bytes: number): void {
    const now = Date.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const share = Math.min(1, bytes / this.totalBytes);
    const width = 30;
    const filled = Math.round(share * width);
    this.stream.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${(bytes / 1048576).toFixed(0)} MiB`);
  }

  clear(): void {
    this.stream.write(`\r${" ".repeat(60)}\r`);
  }
}
