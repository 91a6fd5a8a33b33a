/**
 * Creates the six lists, their columns and indexes through Graph, idempotently: it compares
 * what the site has with schema.ts and changes only the difference, so a second run changes
 * nothing and says so. Needs Sites.Manage.All (or Sites.Selected with `manage`).
 *
 * What Graph cannot do (list permissions, permission levels, views) is in admin-steps.ts.
 */
import type { Client } from "@microsoft/microsoft-graph-client";
import type { ColumnDefinition } from "@microsoft/microsoft-graph-types";
import { StoreError, type ListName } from "../app/ports";
import { normaliseError } from "./errors";
import {
  LIST_NAMES,
  SCHEMA,
  toColumnDefinition,
  type ColumnKind,
  type ColumnSpec,
  type ListSpec,
  listTitles,
  type ListTitles,
} from "./schema";
import { isRecord } from "./shape";
import { listPath, type SiteAddress } from "./site";

export type ProvisionReport = {
  /** What this run changed, one line each; empty when the site already matched. */
  readonly changes: readonly string[];
  /** Differences it would not fix by itself (a column of another type), for an administrator. */
  readonly warnings: readonly string[];
};

type ExistingColumn = ColumnDefinition & { readonly id: string; readonly name: string };

export type ProvisionOptions = {
  /** Display names of lists the configuration renames; the schema's otherwise. */
  readonly listTitles?: Readonly<Partial<Record<ListName, string>>>;
  /** Called with each change and warning as it happens. */
  readonly log?: (line: string) => void;
};

export async function provisionLists(
  client: Client,
  site: SiteAddress,
  options: ProvisionOptions = {},
): Promise<ProvisionReport> {
  const log = options.log ?? (() => undefined);
  const titles = listTitles(options.listTitles);
  const changes: string[] = [];
  const warnings: string[] = [];
  const note = (bucket: string[]) => (line: string) => (bucket.push(line), log(line));
  const siteId = await siteIdOf(client, site);
  const lists = await existingLists(client, siteId);
  for (const key of LIST_NAMES) {
    const spec: ListSpec = { ...SCHEMA[key], title: titles[key] };
    let listId = lists.get(spec.title);
    if (!listId) {
      listId = await createList(client, siteId, spec);
      note(changes)(`${spec.title}: created the list with ${spec.columns.length} columns`);
    }
    await reconcileColumns(
      client,
      `/sites/${siteId}/lists/${listId}`,
      spec,
      note(changes),
      note(warnings),
    );
  }
  return { changes, warnings };
}

async function call<T>(what: () => Promise<T>): Promise<T> {
  try {
    return await what();
  } catch (e) {
    throw normaliseError(e);
  }
}

async function siteIdOf(client: Client, site: SiteAddress): Promise<string> {
  const path = `/sites/${site.hostname}:${site.path}`;
  const found: unknown = await call(() => client.api(path).select("id").get());
  if (!isRecord(found) || typeof found["id"] !== "string") {
    throw new StoreError(
      "invalidData",
      `Graph returned no id for the site ${site.hostname}${site.path}`,
    );
  }
  return found["id"];
}

async function pages(client: Client, first: string): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (let url: string | undefined = first; url;) {
    const page: unknown = await call(() => client.api(url ?? "").get());
    if (!isRecord(page) || !Array.isArray(page["value"])) break;
    out.push(...(page["value"] as unknown[]).filter(isRecord));
    const next = page["@odata.nextLink"];
    url = typeof next === "string" ? next : undefined;
  }
  return out;
}

async function existingLists(client: Client, siteId: string): Promise<Map<string, string>> {
  const lists = await pages(client, `/sites/${siteId}/lists?$select=id,displayName`);
  return new Map(
    lists.flatMap((l) =>
      typeof l["displayName"] === "string" && typeof l["id"] === "string"
        ? [[l["displayName"], l["id"]]]
        : [],
    ),
  );
}

async function createList(client: Client, siteId: string, spec: ListSpec): Promise<string> {
  const body = {
    displayName: spec.title,
    description: spec.description,
    list: { template: "genericList" },
    // Title comes with every generic list; it is adjusted afterwards like any existing column.
    columns: spec.columns.filter((c) => c.name !== "Title").map(toColumnDefinition),
  };
  const created: unknown = await call(() => client.api(`/sites/${siteId}/lists`).post(body));
  if (!isRecord(created) || typeof created["id"] !== "string") {
    throw new StoreError(
      "invalidData",
      `Graph did not return the id of the new list ${spec.title}`,
    );
  }
  return created["id"];
}

async function reconcileColumns(
  client: Client,
  listPath: string,
  spec: ListSpec,
  changed: (line: string) => void,
  warn: (line: string) => void,
): Promise<void> {
  const existing = new Map<string, ExistingColumn>();
  for (const c of await pages(client, `${listPath}/columns`)) {
    const [id, name] = [c["id"], c["name"]];
    // Graph's own shape for a column: the facets are read as ColumnDefinition below.
    if (typeof id === "string" && typeof name === "string")
      existing.set(name, { ...(c as ColumnDefinition), id, name });
  }
  for (const column of spec.columns) {
    const current = existing.get(column.name);
    if (!current) {
      await call(() => client.api(`${listPath}/columns`).post(toColumnDefinition(column)));
      changed(`${spec.title}: added column ${column.name} ("${column.displayName}")`);
      continue;
    }
    const kind = kindOf(current);
    if (kind !== column.kind) {
      warn(
        `${spec.title}: column ${column.name} is ${kind ?? "of another type"}, the add-in expects ${column.kind}; change it by hand`,
      );
      continue;
    }
    const patch = differences(column, current);
    if (Object.keys(patch).length > 0) {
      await call(() => client.api(`${listPath}/columns/${current.id}`).patch(patch));
      changed(`${spec.title}: column ${column.name}: set ${Object.keys(patch).join(", ")}`);
    }
  }
}

function kindOf(column: ColumnDefinition): ColumnKind | undefined {
  if (column.text) return column.text.allowMultipleLines ? "note" : "text";
  if (column.choice) return "choice";
  if (column.number) return "number";
  if (column.dateTime) return column.dateTime.format === "dateOnly" ? "dateOnly" : "dateTime";
  return undefined;
}

/** The properties to PATCH so the column matches the schema. */
function differences(spec: ColumnSpec, current: ColumnDefinition): ColumnDefinition {
  const wanted = toColumnDefinition(spec);
  const patch: ColumnDefinition = {};
  if (current.displayName !== wanted.displayName) patch.displayName = wanted.displayName;
  if (Boolean(current.indexed) !== wanted.indexed) patch.indexed = wanted.indexed;
  if (Boolean(current.required) !== wanted.required) patch.required = wanted.required;
  if (Boolean(current.enforceUniqueValues) !== wanted.enforceUniqueValues) {
    patch.enforceUniqueValues = wanted.enforceUniqueValues;
  }
  const choices = wanted.choice?.choices ?? [];
  if (spec.kind === "choice" && choices.join("\n") !== (current.choice?.choices ?? []).join("\n")) {
    patch.choice = wanted.choice;
  }
  return patch;
}

/** Whether UCB Register holds any item: how a demo loader knows it already ran. */
export async function hasRegisterItems(
  client: Client,
  site: SiteAddress,
  titles: ListTitles = listTitles(),
): Promise<boolean> {
  const page: unknown = await call(() =>
    client.api(`${listPath(site, titles.register)}/items?$select=id&$top=1`).get(),
  );
  return isRecord(page) && Array.isArray(page["value"]) && page["value"].length > 0;
}
