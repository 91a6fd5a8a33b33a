/**
 * The pre-authenticated URLs (driveitem-createuploadsession, driveitem-get-content):
 *   PUT    /_transfer/upload/{session}   a fragment, with Content-Range "bytes a-b/total":
 *          202 with nextExpectedRanges, then 201 (new) or 200 (replaced) with the driveItem
 *   GET    /_transfer/upload/{session}   the session's status (to resume)
 *   POST   /_transfer/upload/{session}   commit a session opened with deferCommit
 *   DELETE /_transfer/upload/{session}   cancel: 204
 *   GET    /_transfer/download/{token}   a file's bytes (what /content redirects to)
 * Fragments must come in order, with one total; all but the last a multiple of 320 KiB. A name
 * taken since the session began is found at the last fragment: 409 nameAlreadyExists.
 */
import { GraphHttpError, badRequest, methodNotAllowed, notFound } from "../http/graph-error";
import { json, noContent, type GraphRequest, type GraphResponse } from "../http/types";
import type { Db } from "../store/database";
import { findList } from "../store/lists";
import { findSiteById } from "../store/sites";
import { siteUsersById } from "../store/users";
import { renderItem, type DriveRenderContext } from "../drive/render";
import {
  appendToSession,
  childByName,
  contentOf,
  createFile,
  deleteSession,
  driveById,
  itemById,
  replaceContent,
  sessionById,
  sessionBytes,
  type UploadSession,
} from "../drive/store";
import { downloadGrant, TRANSFER_PREFIX } from "../drive/tokens";
import { makeFolders } from "./drives";

export type TransferContext = {
  readonly db: Db;
  readonly graphUrl: string;
  readonly origin: string;
};

/** Every fragment but the last is a multiple of this (docs: "MUST be a multiple of 320 KiB"). */
export const FRAGMENT_UNIT = 320 * 1024;
/** "the maximum bytes in any given request is less than 60 MiB". */
export const MAX_FRAGMENT = 60 * 1024 * 1024;

const sessionGone = (): GraphHttpError =>
  notFound("The upload session was not found or has expired.");

const rangeError = (code: string, message: string): GraphHttpError =>
  new GraphHttpError(416, "invalidRange", message, {}, { code });

function status(session: UploadSession, received: number): Record<string, unknown> {
  return {
    expirationDateTime: session.expires,
    nextExpectedRanges: [
      session.total !== null && received >= session.total
        ? `${received}-${received}`
        : `${received}-`,
    ],
  };
}

function renderContextFor(ctx: TransferContext, driveId: string): DriveRenderContext {
  const drive = driveById(ctx.db, driveId);
  const site = drive ? findSiteById(ctx.db, drive.siteId) : undefined;
  const listId = drive
    ? ctx.db.prepare<[number], { id: string }>("SELECT id FROM lists WHERE n = ?").get(drive.listN)
        ?.id
    : undefined;
  const list = site && listId ? findList(ctx.db, site.id, listId) : undefined;
  if (!drive || !site || !list) throw sessionGone();
  return {
    graphUrl: ctx.graphUrl,
    site,
    users: siteUsersById(ctx.db, site.id),
    db: ctx.db,
    list,
    drive,
    origin: ctx.origin,
  };
}

/** The file is complete: put it in place, or refuse a name that was taken meanwhile. */
function commit(ctx: TransferContext, session: UploadSession): GraphResponse {
  const bytes = sessionBytes(ctx.db, session.id);
  const rc = renderContextFor(ctx, session.driveId);
  const mime = session.name.toLowerCase().endsWith(".pdf")
    ? "application/pdf"
    : session.name.toLowerCase().endsWith(".eml")
      ? "message/rfc822"
      : "application/octet-stream";
  const done = (item: Parameters<typeof renderItem>[1], code: number) => {
    deleteSession(ctx.db, session.id);
    return json(code, renderItem(rc, item));
  };
  if (session.targetId) {
    const target = itemById(ctx.db, session.driveId, session.targetId);
    if (!target) throw notFound("The item being replaced no longer exists.");
    return done(replaceContent(ctx.db, target, bytes, mime, session.createdBy), 200);
  }
  const anchor = itemById(ctx.db, session.driveId, session.anchorId);
  if (!anchor) throw notFound("The folder of the upload no longer exists.");
  return ctx.db.transaction(() => {
    const folder = makeFolders(
      ctx.db,
      session.driveId,
      anchor,
      session.parentPath,
      session.createdBy,
    );
    const existing = childByName(ctx.db, folder.id, session.name);
    if (existing) {
      if (session.conflict === "fail" || existing.isFolder) {
        // The session stays until it expires, as the docs say, so the client can recover.
        throw new GraphHttpError(
          409,
          "nameAlreadyExists",
          "Another file exists with the same name as the uploaded session. You can redirect the upload session to use a new filename by calling PUT with the new metadata and @microsoft.graph.sourceUrl attribute.",
        );
      }
      if (session.conflict === "replace") {
        return done(replaceContent(ctx.db, existing, bytes, mime, session.createdBy), 200);
      }
      const dot = session.name.lastIndexOf(".");
      const [stem, ext] =
        dot > 0 ? [session.name.slice(0, dot), session.name.slice(dot)] : [session.name, ""];
      let i = 1;
      while (childByName(ctx.db, folder.id, `${stem} ${i}${ext}`)) i += 1;
      return done(
        createFile(
          ctx.db,
          session.driveId,
          folder.id,
          `${stem} ${i}${ext}`,
          bytes,
          mime,
          session.createdBy,
        ),
        201,
      );
    }
    return done(
      createFile(ctx.db, session.driveId, folder.id, session.name, bytes, mime, session.createdBy),
      201,
    );
  })();
}

const CONTENT_RANGE = /^bytes (\d+)-(\d+)\/(\d+)$/;

function putFragment(
  ctx: TransferContext,
  session: UploadSession,
  request: GraphRequest,
): GraphResponse {
  const header = request.headers["content-range"]?.trim() ?? "";
  const m = CONTENT_RANGE.exec(header);
  if (!m) {
    throw badRequest("A fragment needs a Content-Range header: bytes {first}-{last}/{total}.");
  }
  const [first, last, total] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const bytes = request.rawBody ?? new Uint8Array();
  if (last < first || last >= total)
    throw badRequest(`The Content-Range '${header}' is not valid.`);
  if (bytes.length !== last - first + 1) {
    throw rangeError(
      "fragmentLengthMismatch",
      `The fragment holds ${bytes.length} bytes but its Content-Range says ${last - first + 1}.`,
    );
  }
  if (bytes.length > MAX_FRAGMENT) {
    throw new GraphHttpError(413, "requestTooLarge", "A fragment must be smaller than 60 MiB.");
  }
  if (session.total !== null && session.total !== total) {
    throw badRequest(`The total size ${total} differs from the ${session.total} given before.`);
  }
  const received = session.receivedBytes;
  if (first < received) {
    throw rangeError("fragmentOverlap", `The session already holds bytes 0-${received - 1}.`);
  }
  if (first > received) {
    throw rangeError("fragmentOutOfOrder", `The next fragment must start at byte ${received}.`);
  }
  if (last + 1 < total && bytes.length % FRAGMENT_UNIT !== 0) {
    throw badRequest("Every fragment but the last must be a multiple of 320 KiB (327,680 bytes).");
  }
  appendToSession(ctx.db, session.id, bytes, total);
  const now = sessionById(ctx.db, session.id);
  if (!now) throw sessionGone();
  if (last + 1 === total && !session.deferCommit) return commit(ctx, now);
  return json(202, status(now, last + 1));
}

function download(ctx: TransferContext, token: string, request: GraphRequest): GraphResponse {
  if (request.method !== "GET") throw methodNotAllowed();
  const grant = downloadGrant(ctx.db, token);
  const item = grant ? itemById(ctx.db, grant.driveId, grant.itemId) : undefined;
  if (!item || item.isFolder) throw notFound("The file was not found, or the link has expired.");
  const bytes = contentOf(ctx.db, item.id);
  return {
    status: 200,
    headers: {
      "Content-Type": item.mime ?? "application/octet-stream",
      ETag: `"{${item.guid}},${item.version}"`,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(item.name)}`,
    },
    rawBody: bytes,
  };
}

export function handleTransfer(ctx: TransferContext, request: GraphRequest): GraphResponse {
  const path = request.rawPath.slice(TRANSFER_PREFIX.length);
  const m = /^\/(upload|download)\/([A-Za-z0-9_-]+)$/.exec(path);
  if (!m?.[2]) throw notFound("Not found");
  if (m[1] === "download") return download(ctx, m[2], request);
  const session = sessionById(ctx.db, m[2]);
  if (!session) throw sessionGone();
  switch (request.method.toUpperCase()) {
    case "PUT":
      return putFragment(ctx, session, request);
    case "GET":
      return json(200, status(session, session.receivedBytes));
    case "POST": {
      if (session.total === null || session.receivedBytes < session.total) {
        throw badRequest("The upload is not complete: send the remaining bytes first.");
      }
      return commit(ctx, session);
    }
    case "DELETE":
      deleteSession(ctx.db, session.id);
      return noContent();
    default:
      throw methodNotAllowed();
  }
}
