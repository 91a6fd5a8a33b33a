/**
 * How long the store waits before trying again where the SDK does not retry for it:
 * $batch entries, and writes whose SDK retries are off because a blind retry could duplicate.
 */
import { StoreError, type Deadline } from "../app/ports";
import type { Failure } from "./errors";

export type RetryPolicy = {
  /** Tries in all, the first included. */
  readonly attempts: number;
  /** Wait before the second try when the service gave no Retry-After; doubles each time. */
  readonly baseDelayMs: number;
  /** Longest wait the store accepts; a longer Retry-After fails now as "throttled". */
  readonly maxDelayMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** A person is waiting: no wait may end after it (a longer one fails now, Retry-After and all). */
  readonly deadline?: Deadline;
  /** The clock the deadline is read against. */
  readonly now?: () => number;
};

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** No answer, throttled, or a server fault: the same request may succeed later. */
export function isTransient(status: number): boolean {
  return (
    status <= 0 ||
    status === 429 ||
    status === 500 ||
    status === 502 ||
    status === 503 ||
    status === 504
  );
}

/**
 * The wait before try number `attempt + 1` (attempt counts from 1), or null when the store
 * should give up: tries used up, or the service asks for a longer wait than the policy allows.
 */
export function nextDelayMs(policy: RetryPolicy, attempt: number, failure: Failure): number | null {
  if (attempt >= policy.attempts) return null;
  const asked = failure.retryAfterSeconds;
  const delay = asked !== undefined ? asked * 1000 : policy.baseDelayMs * 2 ** (attempt - 1);
  if (delay > policy.maxDelayMs) return null;
  const now = (policy.now ?? Date.now)();
  return policy.deadline && now + delay >= policy.deadline.at ? null : delay;
}

/** The policy under a deadline: waits that would end after it are refused, and cut short by it. */
export function boundedPolicy(policy: RetryPolicy, deadline: Deadline): RetryPolicy {
  const timeout = () => new StoreError("timeout", "The deadline passed while waiting to try again");
  return {
    ...policy,
    deadline,
    sleep: (ms) =>
      new Promise((resolve, reject) => {
        if (deadline.signal.aborted) return reject(timeout());
        const stop = () => reject(timeout());
        deadline.signal.addEventListener("abort", stop, { once: true });
        policy.sleep(ms).then(
          () => {
            deadline.signal.removeEventListener("abort", stop);
            resolve();
          },
          (e: unknown) => {
            deadline.signal.removeEventListener("abort", stop);
            reject(e instanceof Error ? e : new Error(String(e)));
          },
        );
      }),
  };
}
