/**
 * Small runtime validators for JSON read from SharePoint. A shape either returns a typed value
 * or throws ShapeError with the path of the first thing that is wrong, so a message can name
 * the exact field ("StepOne.raisedBy.role").
 */
export class ShapeError extends Error {
  override readonly name = "ShapeError";
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path || "value"}: expected ${expected}`);
  }
}

import type { Result } from "../domain/types";

export type Shape<T> = (value: unknown, path: string) => T;

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export const string: Shape<string> = (value, path) => {
  if (typeof value !== "string") throw new ShapeError(path, "text");
  return value;
};

export const boolean: Shape<boolean> = (value, path) => {
  if (typeof value !== "boolean") throw new ShapeError(path, "true or false");
  return value;
};

export const count: Shape<number> = (value, path) => {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new ShapeError(path, "a whole number, 0 or more");
  }
  return value;
};

export function oneOf<const T extends string | number>(values: readonly T[]): Shape<T> {
  return (value, path) => {
    if (!values.includes(value as T)) throw new ShapeError(path, `one of ${values.join(", ")}`);
    return value as T;
  };
}

/** A string that a domain parser accepts; its refusal becomes the message. */
export function fromResult<T>(parse: (raw: string) => Result<T>): Shape<T> {
  return (value, path) => {
    if (typeof value !== "string") throw new ShapeError(path, "text");
    const result = parse(value);
    if (!result.ok) throw new ShapeError(path, `valid text (${result.error.message})`);
    return result.value;
  };
}

export function arrayOf<T>(item: Shape<T>): Shape<readonly T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) throw new ShapeError(path, "a list");
    return value.map((element: unknown, i) => item(element, `${path}[${i}]`));
  };
}

type ShapeMap = Readonly<Record<string, Shape<unknown>>>;
type Out<M extends ShapeMap> = { readonly [K in keyof M]: M[K] extends Shape<infer T> ? T : never };

/** An object with these required and optional properties; other properties are dropped. */
export function object<R extends ShapeMap, O extends ShapeMap = Record<never, never>>(
  required: R,
  optional?: O,
): Shape<Out<R> & Partial<Out<O>>> {
  return (value, path) => {
    if (!isRecord(value)) throw new ShapeError(path, "an object");
    const out: Record<string, unknown> = {};
    for (const [key, shape] of Object.entries(required)) {
      out[key] = shape(value[key], join(path, key));
    }
    for (const [key, shape] of Object.entries(optional ?? {})) {
      if (value[key] !== undefined && value[key] !== null) {
        out[key] = shape(value[key], join(path, key));
      }
    }
    return out as Out<R> & Partial<Out<O>>;
  };
}

/** Any JSON object, kept as it is (event detail). */
export const anyObject: Shape<Readonly<Record<string, unknown>>> = (value, path) => {
  if (!isRecord(value)) throw new ShapeError(path, "an object");
  return value;
};

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** An instant written by JSON.stringify (ISO 8601 with a zone), read back as a Date. */
export const instant: Shape<Date> = (value, path) => {
  const date = typeof value === "string" ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime()) || !/(Z|[+-]\d{2}:\d{2})$/.test(String(value))) {
    throw new ShapeError(path, "a date and time");
  }
  return date;
};

/**
 * One of several object shapes, chosen by the value of the field `tag` (e.g. "kind"): the
 * chosen shape reads the whole object, and the tag is kept.
 */
export function tagged<T>(tag: string, shapes: Readonly<Record<string, Shape<T>>>): Shape<T> {
  return (value, path) => {
    if (!isRecord(value)) throw new ShapeError(path, "an object");
    const key = value[tag];
    const shape = typeof key === "string" && Object.hasOwn(shapes, key) ? shapes[key] : undefined;
    if (!shape) throw new ShapeError(join(path, tag), `one of ${Object.keys(shapes).join(", ")}`);
    return { ...(shape(value, path) as object), [tag]: key } as T;
  };
}
