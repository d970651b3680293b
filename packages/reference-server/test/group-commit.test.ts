import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "../src/store/database.js";
import { GroupCommit } from "../src/store/group-commit.js";

describe("the group commit shared by writes and audited reads", () => {
  let dir: string;
  let db: Db;
  /** Another connection to the same file: it sees only what was committed. */
  let observer: Database.Database;
  let groups: GroupCommit;
  let commits: number;
  const committedMarks = () => observer.prepare("SELECT count(*) FROM marks").pluck().get() as number;
  const mark = (name: string) => db.prepare("INSERT INTO marks VALUES (?)").run(name);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "czt-group-commit-"));
    db = openDatabase(join(dir, "exchange.db"));
    db.exec("CREATE TABLE marks (name TEXT NOT NULL)");
    observer = new Database(join(dir, "exchange.db"), { readonly: true });
    commits = 0;
    groups = new GroupCommit(db, () => commits++);
  });
  afterEach(() => {
    observer.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("runs the work of one turn in one transaction and settles each piece only once that transaction has committed", async () => {
    const seenByOthers: number[] = [];
    const pieces = Array.from({ length: 5 }, (_, index) =>
      groups.run(() => {
        // Earlier pieces of the group are written but not yet committed: another connection sees none of them.
        seenByOthers.push(committedMarks());
        mark(`m${index}`);
        return index;
      }).then((result) => ({ result, committedWhenSettled: committedMarks() })),
    );
    const settled = await Promise.all(pieces);
    expect(seenByOthers).toEqual([0, 0, 0, 0, 0]);
    expect(settled).toEqual([0, 1, 2, 3, 4].map((result) => ({ result, committedWhenSettled: 5 })));
    expect(commits).toBe(1);
  });

  it("undoes only the changes of a piece that throws: it is rejected, the others commit", async () => {
    const first = groups.run(() => mark("kept-1"));
    const failing = groups.run(() => {
      mark("undone");
      throw new Error("refused read");
    });
    const last = groups.run(() => mark("kept-2"));
    await expect(failing).rejects.toThrow("refused read");
    await Promise.all([first, last]);
    expect(observer.prepare("SELECT name FROM marks ORDER BY name").pluck().all()).toEqual(["kept-1", "kept-2"]);
  });

  it("fails every piece of a group when one ends the whole transaction: none of them was committed", async () => {
    const first = groups.run(() => mark("first"));
    const second = groups.run(() => {
      db.exec("ROLLBACK");
      throw new Error("disk full");
    });
    await expect(second).rejects.toThrow();
    await expect(first).rejects.toThrow();
    expect(committedMarks()).toBe(0);
    // The next group commits as usual.
    await groups.run(() => mark("after"));
    expect(committedMarks()).toBe(1);
  });

  it("starts a new group for the work of a later turn", async () => {
    await groups.run(() => mark("a"));
    await groups.run(() => mark("b"));
    expect(commits).toBe(2);
    expect(committedMarks()).toBe(2);
  });
});
