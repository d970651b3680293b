import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { personArbitrary } from "@czt/conformance/api";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFileDbServer } from "./fixtures/file-db-server.js";

/**
 * What the server guarantees about the feed across a crash (docs/api.md, "Change feed"):
 * an event is written in the transaction of its change, and a write is answered only after
 * the COMMIT of its group. So after `kill -9`:
 * - every acknowledged (2xx) write is in the feed;
 * - a write that was committed but not yet answered when the process died may be in the
 *   feed too (group commit answers after the COMMIT): such events are allowed, but only for
 *   writes that were sent, and each is a real stored version;
 * - nothing else: no event without its record, no duplicate, positions strictly increasing,
 *   and a write sent after another was acknowledged has the higher position (commit order).
 */

interface FeedEvent {
  position: number;
  type: string;
  recordId: string;
  version: number;
}

const token = "feed-crash-token-0123456789";

async function send(url: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const start = (file: string) => startFileDbServer(file, token);

/** A consumer that keeps its cursor in a file, as a real one would keep it on disk. */
class CursorConsumer {
  readonly received: FeedEvent[] = [];
  constructor(readonly cursorFile: string) {
    writeFileSync(cursorFile, "0");
  }

  /** Reads every page after its stored cursor; stores the cursor after each page it has handled. */
  async drain(url: string): Promise<void> {
    for (;;) {
      const after = readFileSync(this.cursorFile, "utf8");
      const page = await send(url, "GET", `/v1/events?after=${after}&limit=50`, undefined, { "czt-purpose": "statistics" });
      if (page.status !== 200) throw new Error(`feed answered ${page.status}`);
      const items = page.body["items"] as FeedEvent[];
      this.received.push(...items);
      writeFileSync(this.cursorFile, String(page.body["next"]));
      if (items.length === 0) return;
    }
  }
}

describe("the change feed across kill -9", () => {
  let dir: string;
  let child: ChildProcess | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "czt-feed-crash-"));
  });
  afterAll(() => {
    child?.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("holds exactly the acknowledged writes (and at most the committed, unanswered ones), in commit order; a consumer with a stored cursor misses and duplicates nothing", async () => {
    const file = join(dir, "exchange.db");
    const first = await start(file);
    child = first.process;
    const consumer = new CursorConsumer(join(dir, "cursor"));
    const drafts = fc.sample(personArbitrary, { numRuns: 600, seed: 17 });
    /** Per write: when it was sent and, if it was answered 2xx, when. */
    const writes = new Map<string, { sentAt: number; ackedAt?: number }>();
    let clock = 0;
    let next = 0;
    let killed = false;
    const writer = async () => {
      while (!killed && next < drafts.length) {
        const index = next++;
        const id = `430100-P-FD${index}`;
        const entry: { sentAt: number; ackedAt?: number } = { sentAt: ++clock };
        writes.set(id, entry);
        try {
          const result = await send(first.url, "POST", "/v1/persons", { ...drafts[index]!, id }, { "idempotency-key": id });
          if (result.status === 201) entry.ackedAt = ++clock;
        } catch {
          return; // the connection died with the server: never acknowledged
        }
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, writer));
    // The consumer reads while the writers write, then is cut off by the crash mid-stream.
    const reading = (async () => {
      while (!killed) {
        try {
          await consumer.drain(first.url);
        } catch {
          return;
        }
      }
    })();
    const acknowledged = () => [...writes.values()].filter((write) => write.ackedAt !== undefined).length;
    const deadline = Date.now() + 20_000;
    while (acknowledged() < 100 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    killed = true;
    first.process.kill("SIGKILL");
    await Promise.all([load, reading]);
    const readBeforeCrash = consumer.received.length;
    expect(acknowledged()).toBeGreaterThanOrEqual(100);

    const second = await start(file);
    child = second.process;
    const whole = new CursorConsumer(join(dir, "cursor-whole"));
    await whole.drain(second.url);
    const feed = whole.received;

    // Positions strictly increasing, no event twice.
    const positions = feed.map((event) => event.position);
    for (let index = 1; index < positions.length; index++) expect(positions[index]!).toBeGreaterThan(positions[index - 1]!);
    expect(new Set(feed.map((event) => `${event.recordId}@${event.version}`)).size).toBe(feed.length);

    // Every acknowledged write is there; anything else is a write that was sent (committed, not yet answered) and is stored.
    const inFeed = new Map(feed.map((event) => [event.recordId, event]));
    const unanswered: string[] = [];
    for (const [id, write] of writes) {
      if (write.ackedAt !== undefined) expect(inFeed.get(id), `acknowledged ${id}`).toMatchObject({ type: "created", version: 1 });
      else if (inFeed.has(id)) unanswered.push(id);
    }
    for (const event of feed) expect(writes.has(event.recordId), `event for ${event.recordId}, never sent`).toBe(true);
    for (const id of unanswered) expect((await send(second.url, "GET", `/v1/persons/${id}`)).status, id).toBe(200);

    // Commit order: a write sent after another was acknowledged has the higher position.
    const timed = [...writes].filter(([id]) => inFeed.has(id)).map(([id, write]) => ({ ...write, position: inFeed.get(id)!.position }));
    for (const earlier of timed) {
      if (earlier.ackedAt === undefined) continue;
      for (const later of timed) if (later.sentAt > earlier.ackedAt) expect(later.position).toBeGreaterThan(earlier.position);
    }

    // The consumer that stored its cursor before the crash resumes from it: together, exactly the feed.
    expect(readBeforeCrash).toBeGreaterThan(0);
    await consumer.drain(second.url);
    expect(consumer.received.map((event) => event.position)).toEqual(positions);
    second.process.kill("SIGKILL");
  });
});
