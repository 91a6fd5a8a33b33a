/**
 * drive and driveItem JSON as Graph shows them for a SharePoint document library
 * (sharepoint-rest-documents-pdf-charts.md §6.5): quoted eTag "{GUID},n", cTag "c:{GUID},n" on
 * files only, parentReference.path "/drives/{id}/root:/…", file.hashes.quickXorHash, a
 * pre-authenticated @microsoft.graph.downloadUrl on files.
 */
import { identitySet, siteWebUrl, type SiteContext } from "../render/context";
import type { ListRecord } from "../store/model";
import type { Db } from "../store/database";
import { childCount, contentOf, type DriveItemRecord, type DriveRecord, pathOf } from "./store";
import { downloadUrl } from "./tokens";

export type DriveRenderContext = SiteContext & {
  readonly db: Db;
  readonly list: ListRecord;
  readonly drive: DriveRecord;
  /** "https://localhost:PORT": where pre-authenticated URLs point. */
  readonly origin: string;
};

/** A library's address: "Shared Documents" for the site's default library, as SharePoint has it. */
export function libraryUrl(ctx: DriveRenderContext): string {
  const segment = ctx.list.displayName === "Documents" ? "Shared Documents" : ctx.list.displayName;
  return `${siteWebUrl(ctx.site)}/${encodeURIComponent(segment)}`;
}

export function renderDrive(ctx: DriveRenderContext, usedBytes: number): Record<string, unknown> {
  const { list, drive } = ctx;
  const total = 27_487_790_694_400;
  return {
    createdDateTime: list.created,
    description: list.description,
    id: drive.id,
    lastModifiedDateTime: list.modified,
    name: list.displayName,
    webUrl: libraryUrl(ctx),
    driveType: "documentLibrary",
    createdBy: identitySet(ctx, list.createdBy),
    lastModifiedBy: identitySet(ctx, list.modifiedBy),
    owner: { user: { displayName: "System Account" } },
    quota: { deleted: 0, remaining: total - usedBytes, state: "normal", total, used: usedBytes },
  };
}

const quoted = (text: string): string => `"${text}"`;

export function itemEtag(item: DriveItemRecord): string {
  return quoted(`{${item.guid}},${item.version}`);
}

export function itemCtag(item: DriveItemRecord): string {
  return quoted(`c:{${item.guid}},${item.contentVersion}`);
}

function encodedPath(names: readonly string[]): string {
  return names.map(encodeURIComponent).join("/");
}

export function renderItem(
  ctx: DriveRenderContext,
  item: DriveItemRecord,
): Record<string, unknown> {
  const names = pathOf(ctx.db, item);
  const parentNames = names.slice(0, -1);
  const isRoot = item.parentId === null;
  const body: Record<string, unknown> = {
    createdDateTime: item.created,
    eTag: itemEtag(item),
    id: item.id,
    lastModifiedDateTime: item.modified,
    name: item.name,
    webUrl: isRoot ? libraryUrl(ctx) : `${libraryUrl(ctx)}/${encodedPath(names)}`,
    size: item.isFolder ? folderSize(ctx.db, item) : item.size,
    createdBy: identitySet(ctx, item.createdBy),
    lastModifiedBy: identitySet(ctx, item.modifiedBy),
    parentReference: isRoot
      ? { driveType: "documentLibrary", driveId: item.driveId }
      : {
          driveType: "documentLibrary",
          driveId: item.driveId,
          id: item.parentId,
          ...(parentNames.length > 0 ? { name: parentNames.at(-1) } : {}),
          path: `/drives/${item.driveId}/root:${parentNames.length > 0 ? `/${encodedPath(parentNames)}` : ""}`,
          siteId: ctx.site.id,
        },
    fileSystemInfo: { createdDateTime: item.created, lastModifiedDateTime: item.modified },
  };
  if (item.isFolder) {
    body["folder"] = { childCount: childCount(ctx.db, item.id) };
    if (isRoot) body["root"] = {};
  } else {
    body["@microsoft.graph.downloadUrl"] = downloadUrl(ctx.db, ctx.origin, item);
    body["cTag"] = itemCtag(item);
    body["file"] = {
      mimeType: item.mime ?? "application/octet-stream",
      hashes: { quickXorHash: item.quickXor ?? "" },
    };
  }
  return body;
}

/** A folder's size is what it holds (SharePoint reports it so). */
function folderSize(db: Db, folder: DriveItemRecord): number {
  const row = db
    .prepare<[string], { s: number | null }>(
      `WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL SELECT d.id FROM drive_items d JOIN tree ON d.parent_id = tree.id)
       SELECT SUM(size) AS s FROM drive_items WHERE id IN (SELECT id FROM tree) AND is_folder = 0`,
    )
    .get(folder.id);
  return row?.s ?? 0;
}

export { contentOf };
