/**
 * OData query text for list items. Values are always quoted with '' escaping, and the whole
 * $filter is percent-encoded, so an address such as `x' or fields/Title ne '` or one holding
 * `&`, `#` or `+` stays one string literal (the SDK does not encode query values itself).
 */

/** An OData string literal: o'brien@example.org → 'o''brien@example.org'. */
export function quote(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export function eq(column: string, value: string): string {
  return `fields/${column} eq ${quote(value)}`;
}

export function ge(column: string, value: string): string {
  return `fields/${column} ge ${quote(value)}`;
}

export function lt(column: string, value: string): string {
  return `fields/${column} lt ${quote(value)}`;
}

export function startsWith(column: string, value: string): string {
  return `startswith(fields/${column},${quote(value)})`;
}

export function anyOf(column: string, values: readonly string[]): string {
  const clauses = values.map((v) => eq(column, v));
  return clauses.length === 1 ? (clauses[0] ?? "") : `(${clauses.join(" or ")})`;
}

export function and(...clauses: readonly string[]): string {
  return clauses.join(" and ");
}

export type ItemQuery = {
  readonly filter?: string;
  /** Columns to return in `fields`; Graph returns all of them when absent. */
  readonly select?: readonly string[];
  readonly orderBy?: string;
  readonly top?: number;
};

/** The query string for `…/items`, starting with "?". */
export function itemQueryString(query: ItemQuery): string {
  const expand = query.select ? `fields($select=${query.select.join(",")})` : "fields";
  const parts = [`$expand=${expand}`];
  if (query.filter) parts.push(`$filter=${encodeURIComponent(query.filter)}`);
  if (query.orderBy) parts.push(`$orderby=fields/${query.orderBy}`);
  if (query.top !== undefined) parts.push(`$top=${query.top}`);
  return `?${parts.join("&")}`;
}
