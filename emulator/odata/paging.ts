/**
 * Keyset paging as SharePoint does it: `$skiptoken` is base64 of "Paged=TRUE&p_ID=<last id>",
 * with the last row's sort values ("p_Title=…") in front when the query has an $orderby.
 */
import { badRequest } from "../http/graph-error";
import type { SqlValue } from "../store/model";
import type { SqlCondition } from "./filter-sql";

export type SortTerm = {
  readonly field: string;
  readonly sql: string;
  readonly descending: boolean;
};

export type PagePosition = {
  readonly lastId: number;
  /** The last row's value for each sort term, by field name. */
  readonly sortValues: ReadonlyMap<string, SqlValue>;
};

/** Without padding; "+" and "/" are escaped so the token survives a query string. */
export function encodeSkipToken(position: PagePosition, terms: readonly SortTerm[]): string {
  const parts = ["Paged=TRUE"];
  for (const term of terms) {
    if (term.sql === "id") continue; // carried by p_ID
    const value = position.sortValues.get(term.field);
    if (value !== null && value !== undefined) {
      parts.push(`p_${term.field}=${encodeURIComponent(String(value))}`);
    }
  }
  parts.push(`p_ID=${position.lastId}`);
  return Buffer.from(parts.join("&"), "utf8")
    .toString("base64")
    .replace(/=+$/, "")
    .replace(/\+/g, "%2B")
    .replace(/\//g, "%2F");
}

const badToken = (): Error => badRequest("The $skiptoken is not valid.", "invalidRequest");

export function decodeSkipToken(token: string, terms: readonly SortTerm[]): PagePosition {
  if (!/^[A-Za-z0-9+/ _-]+=*$/.test(token)) throw badToken();
  // A "+" that arrived unescaped was read as a space by the query decoder.
  const text = Buffer.from(token.replace(/ /g, "+"), "base64").toString("utf8");
  const params = new URLSearchParams(text);
  const lastId = Number(params.get("p_ID"));
  if (params.get("Paged") !== "TRUE" || !Number.isInteger(lastId) || lastId < 0) throw badToken();
  const sortValues = new Map<string, SqlValue>();
  for (const term of terms) {
    const raw = params.get(`p_${term.field}`);
    sortValues.set(term.field, raw === null ? null : raw);
  }
  return { lastId, sortValues };
}

/**
 * Rows strictly after the position in (terms…, id) order. SQLite sorts NULL first ascending and
 * last descending, and the conditions follow that.
 */
export function afterPosition(
  terms: readonly SortTerm[],
  position: PagePosition,
  typed: (term: SortTerm, raw: SqlValue) => SqlValue,
): SqlCondition {
  const alternatives: string[] = [];
  const params: SqlValue[] = [];
  const equalSoFar: string[] = [];
  const equalParams: SqlValue[] = [];
  for (const term of terms) {
    const raw = term.sql === "id" ? position.lastId : (position.sortValues.get(term.field) ?? null);
    const value = raw === null ? null : typed(term, raw);
    let after: string;
    const afterParams: SqlValue[] = [];
    if (value === null) {
      after = term.descending ? "0" : `${term.sql} IS NOT NULL`;
    } else if (term.descending) {
      after = `(${term.sql} < ? OR ${term.sql} IS NULL)`;
      afterParams.push(value);
    } else {
      after = `${term.sql} > ?`;
      afterParams.push(value);
    }
    alternatives.push([...equalSoFar, after].join(" AND "));
    params.push(...equalParams, ...afterParams);
    if (value === null) {
      equalSoFar.push(`${term.sql} IS NULL`);
    } else {
      equalSoFar.push(`${term.sql} = ?`);
      equalParams.push(value);
    }
  }
  // Ordered by ID already: the terms alone decide. Otherwise ID breaks ties, ascending.
  if (!terms.some((t) => t.sql === "id")) {
    alternatives.push([...equalSoFar, "id > ?"].join(" AND "));
    params.push(...equalParams, position.lastId);
  }
  return { sql: `(${alternatives.map((a) => `(${a})`).join(" OR ")})`, params };
}
