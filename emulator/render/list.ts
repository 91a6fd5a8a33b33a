/** list, columnDefinition and site JSON. */
import type { ColumnRecord } from "../store/model";
import {
  applySelect,
  identitySet,
  listWebUrl,
  metadata,
  siteSegment,
  siteWebUrl,
  type ListContext,
  type SiteContext,
} from "./context";

export function renderSite(ctx: SiteContext): Record<string, unknown> {
  const { site } = ctx;
  return {
    createdDateTime: site.created,
    description: "",
    id: site.id,
    lastModifiedDateTime: site.created,
    name: site.name,
    webUrl: siteWebUrl(site),
    displayName: site.displayName,
    isPersonalSite: false,
    siteCollection: { hostname: site.hostname },
  };
}

export const siteEntityContext = (ctx: SiteContext): string => metadata(ctx, "sites/$entity");

export const listsContext = (ctx: SiteContext): string =>
  metadata(ctx, `${siteSegment(ctx.site)}/lists`);

export function renderList(ctx: ListContext): Record<string, unknown> {
  const { list } = ctx;
  const etag = `"${list.id},${list.version}"`;
  return {
    "@odata.etag": etag,
    createdDateTime: list.created,
    description: list.description,
    eTag: etag,
    id: list.id,
    lastModifiedDateTime: list.modified,
    name: list.name,
    webUrl: listWebUrl(ctx),
    displayName: list.displayName,
    createdBy: identitySet(ctx, list.createdBy),
    lastModifiedBy: identitySet(ctx, list.modifiedBy),
    parentReference: { siteId: ctx.site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
  };
}

export const columnsContext = (ctx: ListContext): string =>
  metadata(ctx, `${siteSegment(ctx.site)}/lists('${ctx.list.id}')/columns`);

/** Graph leaves `type`, `isDeletable` and the like out of column responses (graph-lists.md §1.4). */
export function renderColumn(column: ColumnRecord): Record<string, unknown> {
  return {
    columnGroup: column.columnGroup,
    description: column.description,
    displayName: column.displayName,
    enforceUniqueValues: column.enforceUniqueValues,
    hidden: column.hidden,
    id: column.id,
    indexed: column.indexed,
    name: column.name,
    readOnly: column.readOnly,
    required: column.required,
    [column.kind === "dateTime" ? "dateTime" : column.kind]: column.facet,
  };
}

export { applySelect };
