import type { Scope } from "../auth/agency.js";
import { problems } from "../http/problem.js";
import { recordKinds } from "../routes/record-kinds.js";
import type { Db } from "../store/database.js";
import type { RecordType } from "../store/record-store.js";

/** The event types of the feed (`GET /v1/events`). */
export const subscriptionEventTypes = ["created", "corrected", "retracted", "statusChanged", "linked"] as const;
export type SubscriptionEventType = (typeof subscriptionEventTypes)[number];

/**
 * Filters with a meaning of their own, evaluated against the stored records when the event is
 * planned for delivery (docs/subscriptions.md#named-filters):
 * - `deathsOfMyPersons`: a person's record, at the version of the event, says the person died
 *   (`vitalStatus.status` deceased or a `deathDate`), and the person holds an active enrolment or
 *   an active assistance case with the subscriber's agency;
 * - `enrolmentsOfMyPersonsElsewhere`: an enrolment created in another city for a person the
 *   subscriber's agency registered or holds an active enrolment or case for;
 * - `transfersAddressedToMe`: every event of a transfer whose sending side (`from`) is the
 *   subscriber's agency — the requests it must act on, and what becomes of them.
 */
export const namedFilters = ["deathsOfMyPersons", "enrolmentsOfMyPersonsElsewhere", "transfersAddressedToMe"] as const;
export type NamedFilter = (typeof namedFilters)[number];

export interface SubscriptionFilter {
  types?: SubscriptionEventType[];
  recordTypes?: RecordType[];
  named?: NamedFilter;
}

/** The agency a subscription speaks for. */
export interface Subscriber {
  city: string;
  department: string;
  scopes: readonly Scope[];
}

type Body = Record<string, unknown>;
const isObject = (value: unknown): value is Body => typeof value === "object" && value !== null && !Array.isArray(value);

const invalid = (pointer: string, detail: string) => problems.unprocessable("invalid-subscription", "The subscription is not valid", detail, [{ ruleId: "api.subscription", pointer, severity: "error", detail }]);

function readList<T extends string>(filter: Body, name: string, allowed: readonly T[]): T[] | undefined {
  const value = filter[name];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0 || value.some((item) => !allowed.includes(item as T))) {
    throw invalid(`/filter/${name}`, `filter.${name} is a non-empty list of ${allowed.join(", ")}`);
  }
  return [...new Set(value as T[])];
}

/** The record types the subscriber may read: only their events are delivered. */
export function readableBy(subscriber: Subscriber): RecordType[] {
  return recordKinds.filter((kind) => subscriber.scopes.includes(kind.readScope)).map((kind) => kind.recordType);
}

/** The record types a named filter is about. */
const namedRecordTypes: Record<NamedFilter, RecordType> = {
  deathsOfMyPersons: "person",
  enrolmentsOfMyPersonsElsewhere: "enrolment",
  transfersAddressedToMe: "transfer",
};

/** Reads a subscription's filter from a request body; a located 422 when it is not one, a 403 when it asks for what the token may not read. */
export function readSubscriptionFilter(value: unknown, subscriber: Subscriber): SubscriptionFilter {
  if (value === undefined) return {};
  if (!isObject(value)) throw invalid("/filter", "filter is an object");
  const unknown = Object.keys(value).filter((key) => !["types", "recordTypes", "named"].includes(key));
  if (unknown.length > 0) throw invalid(`/filter/${unknown[0]}`, `filter has no member ${unknown[0]}; it has types, recordTypes and named`);
  const filter: SubscriptionFilter = {};
  const types = readList(value, "types", subscriptionEventTypes);
  if (types !== undefined) filter.types = types;
  const recordTypes = readList(value, "recordTypes", recordKinds.map((kind) => kind.recordType));
  if (recordTypes !== undefined) filter.recordTypes = recordTypes;
  const named = value["named"];
  if (named !== undefined) {
    if (!namedFilters.includes(named as NamedFilter)) throw invalid("/filter/named", `filter.named is one of ${namedFilters.join(", ")}`);
    filter.named = named as NamedFilter;
  }
  const readable = readableBy(subscriber);
  const wanted = [...(filter.recordTypes ?? []), ...(filter.named === undefined ? [] : [namedRecordTypes[filter.named]])];
  const unreadable = wanted.filter((recordType) => !readable.includes(recordType));
  if (unreadable.length > 0) {
    throw problems.forbidden(`the token may not read ${[...new Set(unreadable)].join(", ")} records, so it cannot subscribe to their events`);
  }
  return filter;
}

/** The feed filter of the subscription: its types, and record types narrowed to those the subscriber may read. */
export function feedFilter(filter: SubscriptionFilter, subscriber: Subscriber): { types?: SubscriptionEventType[]; recordTypes: RecordType[] } {
  const readable = readableBy(subscriber);
  const wanted = filter.named === undefined ? (filter.recordTypes ?? readable) : [namedRecordTypes[filter.named]];
  const recordTypes = wanted.filter((recordType) => readable.includes(recordType));
  return filter.types === undefined ? { recordTypes } : { types: filter.types, recordTypes };
}

/** A feed event as far as the named filters look at it. */
export interface FilteredEvent {
  type: string;
  recordType: string;
  record?: Record<string, unknown>;
}

/** Answers the named filters' questions about the stored records. */
export class NamedFilterQueries {
  readonly #holdsActive;
  readonly #registered;

  constructor(db: Db) {
    // Active: an enrolment whose period has not ended, or an assistance case in payment.
    this.#holdsActive = db
      .prepare<{ personId: string; city: string; department: string; today: string }>(
        `SELECT 1 FROM records WHERE person_id = @personId AND city = @city AND department = @department AND retracted IS NULL
           AND ((record_type = 'enrolment' AND (period_end IS NULL OR period_end >= @today)) OR (record_type = 'assistance' AND status = 'active'))
         LIMIT 1`,
      )
      .pluck();
    this.#registered = db.prepare<{ personId: string; city: string; department: string }>(
      "SELECT 1 FROM records WHERE id = @personId AND record_type = 'person' AND city = @city AND department = @department AND retracted IS NULL",
    ).pluck();
  }

  /** True when the event passes the named filter for this subscriber. */
  matches(named: NamedFilter, event: FilteredEvent, subscriber: Subscriber, today: string): boolean {
    const record = event.record;
    if (record === undefined) return false;
    const mine = { city: subscriber.city, department: subscriber.department };
    switch (named) {
      case "deathsOfMyPersons": {
        const vital = isObject(record["vitalStatus"]) ? record["vitalStatus"] : {};
        const died = vital["status"] === "deceased" || typeof record["deathDate"] === "string";
        return event.recordType === "person" && died && typeof record["id"] === "string" && this.#holdsActive.get({ personId: record["id"], today, ...mine }) !== undefined;
      }
      case "enrolmentsOfMyPersonsElsewhere": {
        const personId = record["personId"];
        if (event.recordType !== "enrolment" || event.type !== "created" || record["city"] === subscriber.city || typeof personId !== "string") return false;
        return this.#registered.get({ personId, ...mine }) !== undefined || this.#holdsActive.get({ personId, today, ...mine }) !== undefined;
      }
      case "transfersAddressedToMe": {
        const from = isObject(record["from"]) ? record["from"] : {};
        const agency = isObject(from["agency"]) ? from["agency"] : {};
        return event.recordType === "transfer" && from["city"] === subscriber.city && agency["department"] === subscriber.department;
      }
    }
  }
}
