/**
 * Provisions the views (spec.ts) and the register's column formatting (formatting.ts) through
 * SharePoint REST with PnPjs, idempotently: it reads each list's views and fields, creates what
 * is missing, and leaves alone what already matches. A view or formatter that exists but differs
 * (an administrator changed it, or an older release made it) is reported and left as it is,
 * unless `overwrite` asks to put it back. Needs Manage Lists on the lists (docs/admin-setup.md).
 */
import { body } from "@pnp/queryable";
import { spPost, type SPFI } from "@pnp/sp";
import type { IList } from "@pnp/sp/lists/index.js";
import { Views } from "@pnp/sp/views/index.js";
import { StoreError, type ListName, type StoreErrorCode } from "../../app/ports";
import { LIST_NAMES, listTitles } from "../schema";
import { isRecord } from "../shape";
import { normaliseCaml } from "./caml";
import { COLUMN_FORMATS, type ColumnFormat } from "./formatting";
import { queryOf, viewsOfList, type ViewSpec } from "./spec";

export type ViewsReport = {
  /** What this run changed, one line each; empty when everything already matched. */
  readonly changes: readonly string[];
  /** What it found different and left alone (or could not do), for an administrator. */
  readonly warnings: readonly string[];
};

export type ProvisionViewsOptions = {
  /** Display names of lists the configuration renames; the schema's otherwise. */
  readonly listTitles?: Readonly<Partial<Record<ListName, string>>>;
  /** Put back views and formatting that differ from the add-in's (`--overwrite-views`). */
  readonly overwrite?: boolean;
  /** Called with each change and warning as it happens. */
  readonly log?: (line: string) => void;
};

type ExistingView = {
  readonly id: string;
  readonly title: string;
  readonly query: string;
  readonly fields: readonly string[];
  readonly rowLimit: number;
  readonly isDefault: boolean;
};

const CODES: Record<number, StoreErrorCode> = {
  401: "unauthorised",
  403: "forbidden",
  404: "notFound",
  412: "conflict",
  429: "throttled",
  503: "throttled",
};

/** PnPjs' HttpRequestError as a StoreError with SharePoint's own message. */
async function failure(e: unknown, what: string): Promise<StoreError> {
  if (e instanceof StoreError) return e;
  const response = isRecord(e) ? e["response"] : undefined;
  const status = isRecord(e) && typeof e["status"] === "number" ? e["status"] : undefined;
  if (status === undefined || !(response instanceof Response)) {
    return new StoreError("offline", `${what}: ${e instanceof Error ? e.message : String(e)}`);
  }
  let message = `HTTP ${status}`;
  try {
    const body: unknown = await response.clone().json();
    const error = isRecord(body) ? (body["odata.error"] ?? body["error"]) : undefined;
    const value =
      isRecord(error) && isRecord(error["message"]) ? error["message"]["value"] : undefined;
    if (typeof value === "string") message = `${message}: ${value}`;
    else if (isRecord(body) && typeof body["error_description"] === "string") {
      message = `${message}: ${body["error_description"]}`;
    }
  } catch {
    // Not JSON: the status says enough.
  }
  return new StoreError(CODES[status] ?? "unavailable", `${what}: ${message}`);
}

async function call<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw await failure(e, what);
  }
}

function readView(raw: unknown): ExistingView | undefined {
  if (!isRecord(raw) || typeof raw["Id"] !== "string" || typeof raw["Title"] !== "string") {
    return undefined;
  }
  const vf = raw["ViewFields"];
  const items = isRecord(vf) && Array.isArray(vf["Items"]) ? vf["Items"] : [];
  return {
    id: raw["Id"],
    title: raw["Title"],
    query: typeof raw["ViewQuery"] === "string" ? raw["ViewQuery"] : "",
    fields: items.filter((i): i is string => typeof i === "string"),
    rowLimit: typeof raw["RowLimit"] === "number" ? raw["RowLimit"] : 0,
    isDefault: raw["DefaultView"] === true,
  };
}

/** How an existing view differs from its spec, in words; empty when it matches. */
export function viewDifferences(spec: ViewSpec, view: ExistingView): string[] {
  const out: string[] = [];
  if (normaliseCaml(view.query) !== normaliseCaml(queryOf(spec))) out.push("its filter or sort");
  if (view.fields.join("\n") !== spec.columns.join("\n")) out.push("its columns");
  if (view.rowLimit !== spec.rowLimit) out.push(`its row limit (${view.rowLimit})`);
  if (spec.isDefault && !view.isDefault) out.push("it is not the list's default view");
  return out;
}

function sameJson(a: string, b: string): boolean {
  try {
    return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
  } catch {
    return false;
  }
}

export async function provisionViews(
  sp: SPFI,
  options: ProvisionViewsOptions = {},
): Promise<ViewsReport> {
  const log = options.log ?? (() => undefined);
  const titles = listTitles(options.listTitles);
  const changes: string[] = [];
  const warnings: string[] = [];
  const changed = (line: string) => (changes.push(line), log(line));
  const warn = (line: string) => (warnings.push(line), log(line));
  for (const key of LIST_NAMES) {
    const specs = viewsOfList(key);
    const formats = COLUMN_FORMATS.filter((f) => f.list === key);
    if (specs.length === 0 && formats.length === 0) continue;
    const title = titles[key];
    const list = sp.web.lists.getByTitle(title);
    const raw = await call(`Reading the views of ${title}`, () =>
      list.views.expand("ViewFields")(),
    );
    const existing = (Array.isArray(raw) ? raw : []).map(readView).filter((v) => v !== undefined);
    for (const spec of specs) {
      const same = existing.filter((v) => v.title === spec.title);
      if (same.length > 1) {
        warn(
          `${title}: there are ${same.length} views called "${spec.title}"; delete all but one in SharePoint, then run this again.`,
        );
      } else if (same[0] === undefined) {
        await createView(list, title, spec);
        changed(
          `${title}: created the view "${spec.title}", ${spec.shows} (${spec.columns.length} columns)${spec.isDefault ? "; the list opens in it" : ""}`,
        );
      } else {
        const differences = viewDifferences(spec, same[0]);
        if (differences.length === 0) continue;
        if (options.overwrite) {
          await putBack(list, title, spec, same[0].id);
          changed(
            `${title}: put the view "${spec.title}" back as the add-in defines it (${differences.join(", ")})`,
          );
        } else {
          warn(
            `${title}: the view "${spec.title}" differs from the add-in's (${differences.join(", ")}), so it was left as it is; run with --overwrite-views to put it back.`,
          );
        }
      }
    }
    for (const format of formats)
      await formatColumn(list, title, format, options.overwrite === true, changed, warn);
  }
  return { changes, warnings };
}

async function setFields(list: IList, title: string, spec: ViewSpec, id: string): Promise<void> {
  const view = list.views.getById(id);
  await call(`Setting the columns of "${spec.title}" in ${title}`, async () => {
    await view.fields.removeAll();
    // One at a time: the order of the calls is the order of the columns.
    for (const column of spec.columns) await view.fields.add(column);
  });
}

/**
 * One POST views/add with SP.ViewCreationInformation (title, columns in order, query, default):
 * SharePoint's documented call for a whole view, where PnPjs' views.add would take a dozen.
 */
async function createView(list: IList, title: string, spec: ViewSpec): Promise<void> {
  await call(`Creating the view "${spec.title}" in ${title}`, () =>
    spPost(
      Views(list.views, "add"),
      body({
        parameters: {
          Title: spec.title,
          ViewFields: [...spec.columns],
          Query: queryOf(spec),
          RowLimit: spec.rowLimit,
          Paged: true,
          PersonalView: false,
          SetAsDefaultView: spec.isDefault,
          ViewTypeKind: 1,
        },
      }),
    ),
  );
}

async function putBack(list: IList, title: string, spec: ViewSpec, id: string): Promise<void> {
  await call(`Putting back the view "${spec.title}" in ${title}`, () =>
    list.views.getById(id).update({
      ViewQuery: queryOf(spec),
      RowLimit: spec.rowLimit,
      Paged: true,
      ...(spec.isDefault ? { DefaultView: true } : {}),
    }),
  );
  await setFields(list, title, spec, id);
}

async function formatColumn(
  list: IList,
  title: string,
  format: ColumnFormat,
  overwrite: boolean,
  changed: (line: string) => void,
  warn: (line: string) => void,
): Promise<void> {
  const field = list.fields.getByInternalNameOrTitle(format.field);
  const info: unknown = await call(`Reading the formatting of ${format.field} in ${title}`, () =>
    field.select("CustomFormatter")(),
  );
  const current =
    isRecord(info) && typeof info["CustomFormatter"] === "string" ? info["CustomFormatter"] : "";
  const wanted = JSON.stringify(format.formatter);
  if (current !== "" && sameJson(current, wanted)) return;
  if (current !== "" && !overwrite) {
    warn(
      `${title}: the column ${format.field} has formatting that differs from the add-in's, so it was left as it is; run with --overwrite-views to put it back.`,
    );
    return;
  }
  // "SP.Field" saves PnPjs a read of the field's type before the MERGE.
  await call(`Formatting the column ${format.field} in ${title}`, () =>
    field.update({ CustomFormatter: wanted }, "SP.Field"),
  );
  changed(
    current === ""
      ? `${title}: formatted the column ${format.field} to show ${format.shows}`
      : `${title}: put back the formatting of the column ${format.field} (${format.shows})`,
  );
}
