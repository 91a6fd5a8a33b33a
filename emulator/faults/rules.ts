/**
 * Fault rules (docs/emulator.md, "Control endpoints"): what to break, for which requests, how
 * many times. Checked when they arrive over HTTP, so a typo is a 400 rather than a silent no-op.
 */
import { badRequest } from "../http/graph-error";

export type StatusFault =
  | { readonly status: 429 | 503; readonly retryAfter?: number; readonly afterCommit?: boolean }
  | { readonly status: 500 | 502 | 504; readonly afterCommit?: boolean };

export type Fault =
  | StatusFault
  | { readonly latencyMs: number }
  | { readonly network: true; readonly afterCommit?: boolean }
  | { readonly staleEtag: true }
  /** A delta request carrying a token is answered 410, as when the service let the token lapse. */
  | { readonly deltaTokenExpired: true };

export type FaultMatch = {
  readonly method?: string;
  readonly pathContains?: string;
  /** true: only entries of a $batch; false: only requests sent on their own (and $batch itself). */
  readonly batchEntry?: boolean;
};

export type FaultRule = {
  readonly match?: FaultMatch;
  readonly fault: Fault;
  /** How many requests to affect; absent: until cleared. */
  readonly times?: number;
};

const STATUSES = [429, 503, 500, 502, 504] as const;

function object(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw badRequest(`${what} must be an object.`);
  }
  return value as Record<string, unknown>;
}

function optionalBoolean(
  o: Record<string, unknown>,
  key: string,
  what: string,
): boolean | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== "boolean") throw badRequest(`${what}.${key} must be a boolean.`);
  return v;
}

function parseFault(value: unknown, what: string): Fault {
  const f = object(value, what);
  if (f["status"] !== undefined) {
    const status = STATUSES.find((s) => s === f["status"]);
    if (status === undefined)
      throw badRequest(`${what}.status must be one of ${STATUSES.join(", ")}.`);
    const afterCommit = optionalBoolean(f, "afterCommit", what);
    const extra = afterCommit === undefined ? {} : { afterCommit };
    if (status === 429 || status === 503) {
      const retryAfter = f["retryAfter"];
      if (retryAfter !== undefined && (typeof retryAfter !== "number" || !(retryAfter >= 0))) {
        throw badRequest(`${what}.retryAfter must be a number of seconds.`);
      }
      return retryAfter === undefined ? { status, ...extra } : { status, retryAfter, ...extra };
    }
    return { status, ...extra };
  }
  if (f["latencyMs"] !== undefined) {
    const ms = f["latencyMs"];
    if (typeof ms !== "number" || !(ms >= 0))
      throw badRequest(`${what}.latencyMs must be a number.`);
    return { latencyMs: ms };
  }
  if (f["network"] === true) {
    const afterCommit = optionalBoolean(f, "afterCommit", what);
    return afterCommit === undefined ? { network: true } : { network: true, afterCommit };
  }
  if (f["staleEtag"] === true) return { staleEtag: true };
  if (f["deltaTokenExpired"] === true) return { deltaTokenExpired: true };
  throw badRequest(`${what} must have status, latencyMs, network, staleEtag or deltaTokenExpired.`);
}

function parseMatch(value: unknown, what: string): FaultMatch | undefined {
  if (value === undefined) return undefined;
  const m = object(value, what);
  const method = m["method"];
  const pathContains = m["pathContains"];
  const batchEntry = optionalBoolean(m, "batchEntry", what);
  if (method !== undefined && typeof method !== "string")
    throw badRequest(`${what}.method must be a string.`);
  if (pathContains !== undefined && typeof pathContains !== "string") {
    throw badRequest(`${what}.pathContains must be a string.`);
  }
  return {
    ...(method === undefined ? {} : { method: method.toUpperCase() }),
    ...(pathContains === undefined ? {} : { pathContains }),
    ...(batchEntry === undefined ? {} : { batchEntry }),
  };
}

export function parseFaultRules(body: unknown): FaultRule[] {
  const rules = object(body, "The body")["rules"];
  if (!Array.isArray(rules)) throw badRequest('The body must be {"rules": [FaultRule, …]}.');
  return rules.map((raw, i) => {
    const what = `rules[${i}]`;
    const r = object(raw, what);
    const times = r["times"];
    if (
      times !== undefined &&
      (typeof times !== "number" || !Number.isInteger(times) || times < 1)
    ) {
      throw badRequest(`${what}.times must be a positive integer.`);
    }
    const match = parseMatch(r["match"], `${what}.match`);
    const fault = parseFault(r["fault"], `${what}.fault`);
    return {
      ...(match === undefined ? {} : { match }),
      fault,
      ...(times === undefined ? {} : { times }),
    };
  });
}
