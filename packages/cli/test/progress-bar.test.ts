import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { ProgressBar } from "../src/commands/progress-bar.js";
import { langFromEnv } from "../src/commands/validate-arguments.js";

/** A stream that keeps what is written to it. */
function recordingStream(): { stream: Writable; written: () => string } {
  let text = "";
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, written: () => text };
}

describe("the progress bar", () => {
  it("draws the share read on one line and clears it", () => {
    const { stream, written } = recordingStream();
    const bar = new ProgressBar(stream, 4 * 1048576);
    bar.update(1048576);
    expect(written()).toBe(`\r[${"#".repeat(8)}${" ".repeat(22)}]  25%  1 MiB`);
    bar.update(2 * 1048576); // within 100 ms of the last draw: not redrawn
    expect(written().split("\r")).toHaveLength(2);
    bar.clear();
    expect(written().endsWith(`\r${" ".repeat(60)}\r`)).toBe(true);
  });

  it("shows, once the input is read, a full bar and what runs now, and clears all of it", () => {
    const { stream, written } = recordingStream();
    const bar = new ProgressBar(stream, 4 * 1048576);
    bar.phase("正在跨记录检查（数据集规则）…");
    const line = `[${"#".repeat(30)}] 100%  4 MiB  正在跨记录检查（数据集规则）…`;
    expect(written()).toBe(`\r${line}`);
    bar.clear();
    // Each of the 14 wide characters takes two columns of the terminal.
    expect(written().endsWith(`\r${" ".repeat(line.length + 14)}\r`)).toBe(true);
  });
});

describe("the default language", () => {
  it("is zh for a Chinese locale, by POSIX precedence, else en", () => {
    expect(langFromEnv({ LANG: "zh_CN.UTF-8" })).toBe("zh");
    expect(langFromEnv({ LC_ALL: "en_US.UTF-8", LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(langFromEnv({ LC_MESSAGES: "zh_TW", LANG: "en_GB" })).toBe("zh");
    expect(langFromEnv({})).toBe("en");
  });
});
