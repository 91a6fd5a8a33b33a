/**
 * Run-time fault injection. Rules are checked in order for each Graph request (and each $batch
 * entry): latency and stale-ETag rules add up, and the first matching status or network rule
 * decides the outcome. A 429 or 503 opens a throttle window on the workload (e.g. "sites"), and
 * a request that arrives before Retry-After has passed is throttled again and extends it, as Dev
 * Proxy's RetryAfterPlugin does, so a client that ignores Retry-After is caught.
 */
import type { Fault, FaultRule, StatusFault } from "./rules";

export type FaultTarget = {
  readonly method: string;
  /** The request path and query as sent, and decoded: a rule may name either form. */
  readonly rawPath: string;
  readonly decodedPath: string;
  /** Only top-level requests meet throttle windows; $batch entries are judged one by one. */
  readonly topLevel: boolean;
};

export type FaultDecision = {
  readonly latencyMs: number;
  readonly staleEtag: boolean;
  /** The delta token this request carries is to be treated as expired (410). */
  readonly deltaTokenExpired?: boolean;
  /** A status or network fault to apply, if any. */
  readonly outcome?: Exclude<
    Fault,
    { latencyMs: number } | { staleEtag: true } | { deltaTokenExpired: true }
  >;
  /** Set when the request met an open throttle window rather than a rule. */
  readonly rethrottled?: boolean;
};

type LiveRule = { rule: FaultRule; remaining: number | undefined };
type Window = { until: number; fault: StatusFault & { status: 429 | 503 } };

export const DEFAULT_RETRY_AFTER_SECONDS = 1;

/** "sites" for /v1.0/sites/…, "$batch" for the batch endpoint. */
export const workloadOf = (path: string): string =>
  path.replace(/^\/(v1\.0|beta)/, "").split(/[/?]/)[1] ?? "";

export class FaultController {
  private live: LiveRule[] = [];
  private readonly windows = new Map<string, Window>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** Replaces every rule (and forgets open throttle windows). */
  set(rules: readonly FaultRule[]): void {
    this.live = rules.map((rule) => ({ rule, remaining: rule.times }));
    this.windows.clear();
  }

  add(rule: FaultRule): void {
    this.live.push({ rule, remaining: rule.times });
  }

  clear(): void {
    this.set([]);
  }

  /** The rules still active, with what is left of their `times`. */
  list(): FaultRule[] {
    return this.live.map(({ rule, remaining }) =>
      remaining === undefined ? rule : { ...rule, times: remaining },
    );
  }

  evaluate(target: FaultTarget): FaultDecision {
    const now = this.clock();
    const key = workloadOf(target.decodedPath);
    const window = target.topLevel ? this.windows.get(key) : undefined;
    if (window && now < window.until) {
      window.until = now + retryAfterOf(window.fault) * 1000;
      return { latencyMs: 0, staleEtag: false, outcome: window.fault, rethrottled: true };
    }
    let latencyMs = 0;
    let staleEtag = false;
    let deltaTokenExpired = false;
    let outcome: FaultDecision["outcome"];
    for (const live of this.live) {
      if (!matches(live.rule, target)) continue;
      const fault = live.rule.fault;
      if ("latencyMs" in fault) {
        latencyMs += fault.latencyMs;
      } else if ("staleEtag" in fault) {
        if (!isItemWrite(target)) continue;
        staleEtag = true;
      } else if ("deltaTokenExpired" in fault) {
        if (!carriesDeltaToken(target)) continue;
        deltaTokenExpired = true;
      } else if (outcome === undefined) {
        outcome = fault;
      } else {
        continue;
      }
      if (live.remaining !== undefined) live.remaining--;
    }
    this.live = this.live.filter((l) => l.remaining === undefined || l.remaining > 0);
    return {
      latencyMs,
      staleEtag,
      ...(deltaTokenExpired ? { deltaTokenExpired } : {}),
      ...(outcome === undefined ? {} : { outcome }),
    };
  }

  /** Called when a 429/503 is sent, so early retries meet the window. */
  openWindow(path: string, fault: StatusFault & { status: 429 | 503 }): void {
    this.windows.set(workloadOf(path), { until: this.clock() + retryAfterOf(fault) * 1000, fault });
  }
}

export const retryAfterOf = (fault: { retryAfter?: number }): number =>
  fault.retryAfter ?? DEFAULT_RETRY_AFTER_SECONDS;

function matches(rule: FaultRule, target: FaultTarget): boolean {
  const m = rule.match;
  if (!m) return true;
  if (m.method !== undefined && m.method !== target.method.toUpperCase()) return false;
  if (m.batchEntry !== undefined && m.batchEntry === target.topLevel) return false;
  if (m.pathContains !== undefined) {
    return target.rawPath.includes(m.pathContains) || target.decodedPath.includes(m.pathContains);
  }
  return true;
}

/** A delta request with a token other than `latest` (the first enumeration has none). */
function carriesDeltaToken(target: FaultTarget): boolean {
  return /\/items\/delta(?:\(\))?\?(?:[^#]*&)?token=(?!latest(?:&|$))/i.test(target.decodedPath);
}

function isItemWrite(target: FaultTarget): boolean {
  const method = target.method.toUpperCase();
  return (method === "PATCH" || method === "DELETE") && /\/items\/[^/?]+/.test(target.decodedPath);
}
