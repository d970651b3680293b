import { createServer, type ServerOptions } from "../src/app.js";
import { createDemoTokens, TokenRegistry } from "../src/auth/token-registry.js";
import { type Db, openDatabase } from "../src/store/database.js";
import { sharedChecker, readPurpose } from "./support.js";

export interface ListeningServer {
  url: string;
  db: Db;
  /** The Changsha demo token, and its Authorization header. */
  token: string;
  auth: Record<string, string>;
  close(): Promise<void>;
}

/** A server on 127.0.0.1 with its own limits or validation pool, for tests over real HTTP. */
export async function listenWith(options: Pick<ServerOptions, "limits" | "validation" | "trustProxy">): Promise<ListeningServer> {
  const db = openDatabase(":memory:");
  const demo = createDemoTokens();
  const tokens = new TokenRegistry();
  for (const entry of demo) tokens.add(entry.token, entry.principal);
  const app = createServer({ db, tokens, checker: sharedChecker, ...options });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const token = demo[0]!.token;
  return {
    url: `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`,
    db,
    token,
    auth: { authorization: `Bearer ${token}`, ...readPurpose },
    async close() {
      await app.close();
      db.close();
    },
  };
}
