import { describe, expect, it } from "vitest";
import { RecordCountEstimate } from "../src/node/input-size.js";

const MiB = 1024 * 1024;

describe("RecordCountEstimate (room reserved for the records an input will hold)", () => {
  it("reserves from the records per byte read so far, at 4 MiB and at a quarter of the input", () => {
    const reserved: number[] = [];
    const estimate = new RecordCountEstimate(400 * MiB, (records) => reserved.push(records));
    estimate.update(1 * MiB, 2000);
    expect(reserved).toEqual([]);
    estimate.update(4 * MiB, 8000);
    // 2000 records per MiB, 400 MiB, 2 % over.
    expect(reserved).toEqual([Math.ceil(800_000 * 1.02)]);
    estimate.update(50 * MiB, 100_000);
    expect(reserved).toHaveLength(1);
    estimate.update(100 * MiB, 150_000);
    expect(reserved).toEqual([Math.ceil(800_000 * 1.02), Math.ceil(600_000 * 1.02)]);
    estimate.update(300 * MiB, 900_000);
    expect(reserved).toHaveLength(2);
  });

  it("counts the bytes of earlier files when a new file starts", () => {
    const reserved: number[] = [];
    const estimate = new RecordCountEstimate(16 * MiB, (records) => reserved.push(records));
    estimate.update(3 * MiB, 3000);
    // The second file's count starts again from its own first chunk.
    estimate.update(1 * MiB, 4000);
    expect(reserved).toEqual([Math.ceil(((4000 * 16) / 4) * 1.02)]);
  });

  it("never reserves more than one record per 32 bytes, nor before 1000 records", () => {
    const reserved: number[] = [];
    const estimate = new RecordCountEstimate(64 * MiB, (records) => reserved.push(records));
    estimate.update(4 * MiB, 999);
    expect(reserved).toEqual([]);
    estimate.update(4 * MiB + 1, 1_000_000);
    expect(reserved).toEqual([(64 * MiB) / 32]);
  });
});
