/** listItem and fieldValueSet JSON, shaped like captured Graph responses (graph-lists.md §1.5). */
import { fromSqlValue } from "../store/values";
import type { ColumnRecord, ItemRecord } from "../store/model";
import {
  applySelect,
  identitySet,
  listWebUrl,
  metadata,
  siteSegment,
  type ListContext,
} from "./context";

export const itemEtag = (item: ItemRecord): string => `"${item.uniqueId},${item.version}"`;

/** The list's "Item" content type id: 0x0100 followed by a per-list GUID, as in SharePoint. */
export const contentTypeId = (listId: string): string =>
  `0x0100${listId.replaceAll("-", "").toUpperCase()}`;

export const itemsContextPath = (ctx: ListContext): string =>
  `${siteSegment(ctx.site)}/lists('${ctx.list.id}')/items`;

export function renderFields(
  ctx: ListContext,
  columns: readonly ColumnRecord[],
  item: ItemRecord,
  select?: readonly string[],
): Record<string, unknown> {
  const wanted = select ? new Set(select.map((s) => s.toLowerCase())) : undefined;
  const fields: Record<string, unknown> = { "@odata.etag": itemEtag(item) };
  const put = (name: string, value: unknown, hidden = false): void => {
    if (value === undefined) return;
    if (wanted ? !wanted.has(name.toLowerCase()) : hidden) return;
    fields[name] = value;
  };
  for (const c of columns) put(c.name, fromSqlValue(c, item.values[c.name]), c.hidden);
  const title = item.values["Title"];
  const linkTitle = title === null || title === undefined ? undefined : String(title);
  put("id", String(item.id));
  put("ContentType", "Item");
  put("Modified", item.modified);
  put("Created", item.created);
  put("AuthorLookupId", String(item.author));
  put("EditorLookupId", String(item.editor));
  put("_UIVersionString", `${item.version}.0`);
  put("Attachments", false);
  put("Edit", "");
  put("LinkTitleNoMenu", linkTitle);
  put("LinkTitle", linkTitle);
  put("ItemChildCount", "0");
  put("FolderChildCount", "0");
  put("_ComplianceFlags", "");
  put("_ComplianceTag", "");
  put("_ComplianceTagWrittenTime", "");
  put("_ComplianceTagUserId", "");
  return fields;
}

export type ItemShape = {
  /** $select on the item itself. */
  readonly select?: readonly string[];
  /** Present when $expand names fields; its own $select, if any. */
  readonly fields?: { readonly select?: readonly string[] };
};

export function renderItem(
  ctx: ListContext,
  columns: readonly ColumnRecord[],
  item: ItemRecord,
  shape: ItemShape,
): Record<string, unknown> {
  const etag = itemEtag(item);
  const body: Record<string, unknown> = {
    "@odata.etag": etag,
    createdDateTime: item.created,
    eTag: etag,
    id: String(item.id),
    lastModifiedDateTime: item.modified,
    webUrl: `${listWebUrl(ctx)}/${item.id}_.000`,
    createdBy: identitySet(ctx, item.author),
    lastModifiedBy: identitySet(ctx, item.editor),
    parentReference: { id: ctx.list.id, siteId: ctx.site.id },
    contentType: { id: contentTypeId(ctx.list.id), name: "Item" },
  };
  const selected = applySelect(body, shape.select);
  if (shape.fields) {
    selected["fields@odata.context"] = metadata(
      ctx,
      `${itemsContextPath(ctx)}('${item.id}')/fields/$entity`,
    );
    selected["fields"] = renderFields(ctx, columns, item, shape.fields.select);
  }
  return selected;
}

/** The @odata.context of an item collection: "…/items" or "…/items(fields())". */
export function collectionContext(ctx: ListContext, shape: ItemShape): string {
  const expand = shape.fields ? `(fields(${(shape.fields.select ?? []).join(",")}))` : "";
  return metadata(ctx, `${itemsContextPath(ctx)}${expand}`);
}
