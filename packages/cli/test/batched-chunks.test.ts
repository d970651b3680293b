import { describe, expect, it } from "vitest";
import { batchedChunks } from "../src/batched-chunks.js";

describe("batchedChunks", () => {
  it("keeps every character in order and cuts only after a chunk that reaches the target", () => {
    const chunks = ["ab", "cde", "f", "ghij", "k"];
    const batches = [...batchedChunks(chunks, 4)];
    expect(batches).toEqual(["abcde", "fghij", "k"]);
    expect(batches.join("")).toBe(chunks.join(""));
  });

  it("yields nothing for no chunks, and one piece when the target is never reached", () => {
    expect([...batchedChunks([], 4)]).toEqual([]);
    expect([...batchedChunks(["a", "b"], 4)]).toEqual(["ab"]);
  });
});
