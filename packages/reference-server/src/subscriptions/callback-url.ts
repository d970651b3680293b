import { problems } from "../http/problem.js";

/**
 * Which callback targets a server accepts beyond the scheme check. The reference server allows
 * every http(s) host, loopback included (its tests and the conformance runner receive on
 * 127.0.0.1); a production deployment should restrict targets — e.g. to the agencies'
 * registered hosts, refusing loopback, link-local and private ranges — so that a subscription
 * cannot make the server call into its own network (docs/subscriptions.md#callback-urls).
 */
export type CallbackTargetPolicy = (url: URL) => boolean;

export const allowEveryHttpTarget: CallbackTargetPolicy = () => true;

const invalid = (detail: string) =>
  problems.unprocessable("invalid-subscription", "The subscription is not valid", detail, [{ ruleId: "api.subscription-callback", pointer: "/callbackUrl", severity: "error", detail }]);

/** Reads a callback URL: absolute http(s), no credentials, no fragment, at most 2048 characters, allowed by the policy. */
export function readCallbackUrl(value: unknown, policy: CallbackTargetPolicy): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) throw invalid("callbackUrl is an absolute http or https URL of at most 2048 characters");
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid("callbackUrl is not an absolute URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw invalid(`callbackUrl must be http or https, not ${url.protocol.replace(/:$/, "")}`);
  if (url.username !== "" || url.password !== "") throw invalid("callbackUrl must not carry credentials: deliveries are authenticated by their signature");
  if (url.hash !== "") throw invalid("callbackUrl must not have a fragment");
  if (!policy(url)) throw invalid(`this server does not deliver to ${url.host}`);
  return url.href;
}
