import { randomBytes } from "node:crypto";
import type { Agency, Scope } from "../auth/agency.js";
import type { Db } from "../store/database.js";
import type { Subscriber, SubscriptionFilter } from "./subscription-filter.js";

export type SubscriptionStatus = "active" | "suspended";
export type DeliveryStatus = "pending" | "delivered" | "failed";

/** A subscription as stored (the secret is only ever shown in the answer to its creation). */
export interface StoredSubscription extends Subscriber {
  id: string;
  agency: Agency;
  callbackUrl: string;
  filter: SubscriptionFilter;
  description?: string;
  /** The readPurpose code its deliveries of personal data are read and audited under (absent only on a subscription older than migration 6, kept suspended). */
  purpose?: string;
  status: SubscriptionStatus;
  cursor: number;
  createdAt: string;
  secret: string;
}

/** A delivery as `GET /v1/subscriptions/{id}/deliveries` shows it. */
export interface DeliveryView {
  id: string;
  position: number;
  eventType: string;
  recordType: string;
  recordId: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt?: string;
  lastError?: string;
  responseStatus?: number;
  createdAt: string;
  deliveredAt?: string;
}

/** A delivery the worker sends. */
export interface OpenDelivery {
  id: string;
  subscriptionId: string;
  position: number;
  body: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
}

interface SubscriptionRow {
  id: string;
  agency: string;
  city: string;
  department: string;
  scopes: string;
  callback_url: string;
  filter: string;
  description: string | null;
  secret: string;
  status: SubscriptionStatus;
  cursor: number;
  created_at: string;
  purpose: string | null;
}

interface DeliveryRow {
  id: string;
  subscription_id: string;
  position: number;
  event_type: string;
  record_type: string;
  record_id: string;
  body: string;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  response_status: number | null;
  created_at: string;
  delivered_at: string | null;
}

function toSubscription(row: SubscriptionRow): StoredSubscription {
  const subscription: StoredSubscription = {
    id: row.id,
    agency: JSON.parse(row.agency) as Agency,
    city: row.city,
    department: row.department,
    scopes: JSON.parse(row.scopes) as Scope[],
    callbackUrl: row.callback_url,
    filter: JSON.parse(row.filter) as SubscriptionFilter,
    status: row.status,
    cursor: row.cursor,
    createdAt: row.created_at,
    secret: row.secret,
  };
  if (row.description !== null) subscription.description = row.description;
  if (row.purpose !== null) subscription.purpose = row.purpose;
  return subscription;
}

function toDeliveryView(row: DeliveryRow): DeliveryView {
  const view: DeliveryView = {
    id: row.id,
    position: row.position,
    eventType: row.event_type,
    recordType: row.record_type,
    recordId: row.record_id,
    status: row.status,
    attempts: row.attempts,
    createdAt: row.created_at,
  };
  if (row.next_attempt_at !== null && row.status === "pending") view.nextAttemptAt = row.next_attempt_at;
  if (row.last_error !== null) view.lastError = row.last_error;
  if (row.response_status !== null) view.responseStatus = row.response_status;
  if (row.delivered_at !== null) view.deliveredAt = row.delivered_at;
  return view;
}

/** Subscriptions and their deliveries (migration 5). */
export class SubscriptionStore {
  readonly #db: Db;
  readonly #get;
  readonly #active;
  readonly #head;
  readonly #insertDelivery;
  readonly #advance;
  readonly #markDelivered;
  readonly #markFailedAttempt;
  readonly #suspend;

  constructor(db: Db) {
    this.#db = db;
    this.#get = db.prepare<[string], SubscriptionRow>("SELECT * FROM subscriptions WHERE id = ?");
    this.#active = db.prepare<[], SubscriptionRow>("SELECT * FROM subscriptions WHERE status = 'active' ORDER BY id");
    // The oldest delivery not yet delivered: it blocks the later ones (order per subscription).
    this.#head = db.prepare<[string], DeliveryRow>("SELECT * FROM deliveries WHERE subscription_id = ? AND status <> 'delivered' ORDER BY position LIMIT 1");
    this.#insertDelivery = db.prepare(
      `INSERT OR IGNORE INTO deliveries (id, subscription_id, position, event_type, record_type, record_id, body, status, attempts, next_attempt_at, created_at)
       VALUES (@id, @subscriptionId, @position, @eventType, @recordType, @recordId, @body, 'pending', 0, @now, @now)`,
    );
    this.#advance = db.prepare("UPDATE subscriptions SET cursor = @cursor WHERE id = @id AND cursor < @cursor");
    // Run once per delivery or attempt: prepared once.
    this.#markDelivered = db.prepare("UPDATE deliveries SET status = 'delivered', attempts = ?, response_status = ?, last_error = NULL, next_attempt_at = NULL, delivered_at = ? WHERE id = ?");
    this.#markFailedAttempt = db.prepare("UPDATE deliveries SET status = ?, attempts = ?, last_error = ?, response_status = ?, next_attempt_at = ? WHERE id = ?");
    this.#suspend = db.prepare("UPDATE subscriptions SET status = 'suspended' WHERE id = ?");
  }

  /** Stores a new subscription starting after `cursor` (the feed's newest position: only later changes are delivered). */
  create(input: {
    agency: Agency;
    subscriber: Subscriber;
    callbackUrl: string;
    filter: SubscriptionFilter;
    description?: string;
    purpose: string;
    cursor: number;
    now: string;
  }): StoredSubscription {
    const id = `sub_${randomBytes(12).toString("base64url")}`;
    const secret = `whsec_${randomBytes(24).toString("base64url")}`;
    this.#db
      .prepare(
        `INSERT INTO subscriptions (id, agency, city, department, scopes, callback_url, filter, description, secret, status, cursor, created_at, purpose)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)`,
      )
      .run(
        id,
        JSON.stringify(input.agency),
        input.subscriber.city,
        input.subscriber.department,
        JSON.stringify(input.subscriber.scopes),
        input.callbackUrl,
        JSON.stringify(input.filter),
        input.description ?? null,
        secret,
        input.cursor,
        input.now,
        input.purpose,
      );
    return this.get(id)!;
  }

  /** Sets the purpose of a subscription (on resuming one stored before purposes existed). */
  setPurpose(id: string, purpose: string): void {
    this.#db.prepare("UPDATE subscriptions SET purpose = ? WHERE id = ?").run(purpose, id);
  }

  get(id: string): StoredSubscription | undefined {
    const row = this.#get.get(id);
    return row === undefined ? undefined : toSubscription(row);
  }

  /** The subscriptions of one agency (city and department), oldest id first. */
  listOwnedBy(city: string, department: string): StoredSubscription[] {
    return this.#db
      .prepare<[string, string], SubscriptionRow>("SELECT * FROM subscriptions WHERE city = ? AND department = ? ORDER BY created_at, id")
      .all(city, department)
      .map(toSubscription);
  }

  active(): StoredSubscription[] {
    return this.#active.all().map(toSubscription);
  }

  /** Deletes a subscription and its deliveries. */
  delete(id: string): boolean {
    return this.#db.prepare("DELETE FROM subscriptions WHERE id = ?").run(id).changes === 1;
  }

  /** Queues deliveries and moves the cursor past the events considered, in one transaction. */
  plan(subscriptionId: string, deliveries: { position: number; eventType: string; recordType: string; recordId: string; body: (deliveryId: string) => string }[], cursor: number, now: string): void {
    this.#db.transaction(() => {
      for (const delivery of deliveries) {
        const id = `dlv_${subscriptionId.slice(4)}_${delivery.position}`;
        this.#insertDelivery.run({ id, subscriptionId, position: delivery.position, eventType: delivery.eventType, recordType: delivery.recordType, recordId: delivery.recordId, body: delivery.body(id), now });
      }
      this.#advance.run({ id: subscriptionId, cursor });
    })();
  }

  /** The delivery the subscription must deliver next (pending or failed), if any. */
  head(subscriptionId: string): OpenDelivery | undefined {
    const row = this.#head.get(subscriptionId);
    return row === undefined
      ? undefined
      : { id: row.id, subscriptionId: row.subscription_id, position: row.position, body: row.body, status: row.status, attempts: row.attempts, nextAttemptAt: row.next_attempt_at };
  }

  delivered(id: string, responseStatus: number, attempts: number, now: string, alongside?: () => void): void {
    // One commit for the delivery's status and what goes with it (the read audit of its record).
    this.#db.transaction(() => {
      this.#markDelivered.run(attempts, responseStatus, now, id);
      alongside?.();
    })();
  }

  /** Records a failed attempt: to be retried at `nextAttemptAt`, or (undefined) failed for good, which suspends the subscription. */
  attemptFailed(delivery: OpenDelivery, attempts: number, error: string, responseStatus: number | undefined, nextAttemptAt: string | undefined): void {
    this.#db.transaction(() => {
      this.#markFailedAttempt.run(nextAttemptAt === undefined ? "failed" : "pending", attempts, error.slice(0, 500), responseStatus ?? null, nextAttemptAt ?? null, delivery.id);
      if (nextAttemptAt === undefined) this.#suspend.run(delivery.subscriptionId);
    })();
  }

  /** Reactivates a suspended subscription: its failed delivery is tried again from the first attempt, now. */
  resume(id: string, now: string): void {
    this.#db.transaction(() => {
      this.#db.prepare("UPDATE deliveries SET status = 'pending', attempts = 0, next_attempt_at = ? WHERE subscription_id = ? AND status = 'failed'").run(now, id);
      this.#db.prepare("UPDATE subscriptions SET status = 'active' WHERE id = ?").run(id);
    })();
  }

  /** One page of a subscription's deliveries in event order, after a feed position, optionally of one status. */
  deliveries(subscriptionId: string, after: number, limit: number, status?: DeliveryStatus): { items: DeliveryView[]; hasMore: boolean } {
    const rows = this.#db
      .prepare<unknown[], DeliveryRow>(
        `SELECT * FROM deliveries WHERE subscription_id = ? AND position > ? ${status === undefined ? "" : "AND status = ?"} ORDER BY position LIMIT ?`,
      )
      .all(...(status === undefined ? [subscriptionId, after, limit + 1] : [subscriptionId, after, status, limit + 1]));
    return { items: rows.slice(0, limit).map(toDeliveryView), hasMore: rows.length > limit };
  }
}
