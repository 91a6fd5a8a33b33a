import type { Refusal, Result } from "./types";

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function refuse(code: string, message: string): { ok: false; error: Refusal } {
  return { ok: false, error: { code, message } };
}
