import { afterEach, describe, expect, it } from "vitest";
import { type LoopbackReceiver, startReceiver } from "./loopback-receiver.js";
import { key, person, startTestServer, type TestServer } from "./support.js";

// Issue 17: a subscription delivers personal data for as long as it lives. It is created with a
// purpose (CZT-Purpose, checked as a read's), and every delivered event that carries a personal
// record is written to the read audit under that purpose, as the subscriber's read.

let server: TestServer | undefined;
let receiver: LoopbackReceiver | undefined;
afterEach(async () => {
  await server?.close();
  await receiver?.close();
  server = undefined;
  receiver = undefined;
});

const subscribe = (target: TestServer, headers: Record<string, string>, callbackUrl: string) =>
  target.app.inject({
    method: "POST",
    url: "/v1/subscriptions",
    headers: { authorization: `Bearer ${target.demo[1]!.token}`, "idempotency-key": key(), ...headers },
    payload: { callbackUrl, filter: { recordTypes: ["person"] } },
  });

describe("a subscription's purpose", () => {
  it("is required at creation: none is 403 naming CZT-Purpose, an unknown code too, and one that needs consent is refused", async () => {
    server = await startTestServer();
    const missing = await subscribe(server, {}, "http://127.0.0.1:9/hooks");
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toMatchObject({ errors: [{ ruleId: "api.purpose-missing", pointer: "/headers/CZT-Purpose" }] });
    const unknown = await subscribe(server, { "czt-purpose": "curiosity" }, "http://127.0.0.1:9/hooks");
    expect(unknown.json()).toMatchObject({ errors: [{ ruleId: "api.purpose-unknown" }] });
    const consentPurpose = await subscribe(server, { "czt-purpose": "dibaoReview", "czt-consent": "430100-C-000001" }, "http://127.0.0.1:9/hooks");
    expect(consentPurpose.statusCode).toBe(403);
    expect(consentPurpose.json()).toMatchObject({ type: expect.stringContaining("consent-required"), errors: [{ ruleId: "api.subscription-consent-purpose" }] });
    const listed = await server.app.inject({ method: "GET", url: "/v1/subscriptions", headers: { authorization: `Bearer ${server.demo[1]!.token}` } });
    expect(listed.json().items).toEqual([]);
  });

  it("is shown on the subscription, and each delivered person is audited under it as the subscriber's read", async () => {
    server = await startTestServer();
    receiver = await startReceiver();
    const created = await subscribe(server, { "czt-purpose": "benefitVerification" }, receiver.url);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ purpose: "benefitVerification" });
    for (const id of ["430100-P-SP1", "430100-P-SP2"]) {
      const written = await server.app.inject({ method: "POST", url: "/v1/persons", headers: { ...server.auth(0), "idempotency-key": key() }, payload: person(id) });
      expect(written.statusCode, written.body).toBe(201);
    }
    await receiver.waitForAccepted(2);
    const zhuzhou = server.demo[1]!.principal.agency.creditCode;
    const audited = async () =>
      (await server!.app.inject({ method: "GET", url: "/v1/audit-events?limit=100", headers: server!.auth(0) })).json().items.filter(
        (event: { operation: string }) => event.operation === "receiveSubscriptionDelivery",
      );
    // The worker records the answer just after it arrives: poll briefly.
    const deadline = Date.now() + 5000;
    let events = await audited();
    while (events.length < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      events = await audited();
    }
    expect(events).toEqual([
      expect.objectContaining({ agency: expect.objectContaining({ creditCode: zhuzhou, city: "430200" }), recordId: "430100-P-SP1", recordType: "person", purpose: "benefitVerification" }),
      expect.objectContaining({ recordId: "430100-P-SP2", purpose: "benefitVerification" }),
    ]);
  });
});
