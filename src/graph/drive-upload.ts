/**
 * Putting a file into a document library exactly once, by Graph's upload rules: a simple PUT up
 * to 4 MiB, an upload session above it (fragments in multiples of 320 KiB, resumed from
 * `nextExpectedRanges`), both with `@microsoft.graph.conflictBehavior=fail`. The name is
 * deterministic (the caller's idempotency key), so after a failure that may hide a commit the
 * retry meets 409 nameAlreadyExists: the file found there is compared (size and quickXorHash)
 * and, when it is ours, the upload is done. Nothing is ever renamed or stored twice.
 */
import type { Client } from "@microsoft/microsoft-graph-client";
import { isStoreError, StoreError } from "../app/ports";
import { noRetries } from "./client";
import { failureBehind, type Failure, normaliseError, storeErrorOf } from "./errors";
import { quickXorHash } from "./quick-xor-hash";
import { isTransient, nextDelayMs, type RetryPolicy } from "./retry-policy";
import { isRecord } from "./shape";

/** The documented ceiling of a simple upload; larger files go through an upload session. */
export const SIMPLE_UPLOAD_LIMIT = 4 * 1024 * 1024;
/** 10 × 320 KiB: every fragment but the last must be a multiple of 320 KiB. */
export const FRAGMENT_SIZE = 10 * 320 * 1024;

export type DriveItemJson = Readonly<Record<string, unknown>>;

export type UploadRequest = {
  readonly driveId: string;
  /** Folder names then the file name, unencoded: ["UCB-2026-…", "letters", "x.pdf"]. */
  readonly path: readonly string[];
  readonly content: Uint8Array;
  readonly contentType: string;
  /** "same": a file already there must hold these bytes; "any": any file there will do. */
  readonly existing: "same" | "any";
};

export type UploadResult = {
  readonly item: DriveItemJson;
  /** The file was there before this call (not stored by one of this call's attempts). */
  readonly alreadyStored: boolean;
};

const area = "caseDocuments" as const;

export function drivePath(driveId: string, path: readonly string[]): string {
  return `/drives/${encodeURIComponent(driveId)}/root:/${path.map(encodeURIComponent).join("/")}`;
}

function failure(e: unknown): Failure | null {
  return failureBehind(normaliseError(e, area));
}

async function getItem(client: Client, request: UploadRequest): Promise<DriveItemJson | null> {
  try {
    const item: unknown = await client
      .api(`${drivePath(request.driveId, request.path)}:`)
      .select("id,name,size,file,webUrl,createdDateTime,createdBy,parentReference")
      .get();
    return isRecord(item) ? item : null;
  } catch (e) {
    if (failure(e)?.status === 404) return null;
    throw normaliseError(e, area);
  }
}

/** The file already under the name is this upload (or any copy will do). */
function isOurs(item: DriveItemJson, request: UploadRequest): boolean {
  if (request.existing === "any") return true;
  const file = isRecord(item["file"]) ? item["file"] : {};
  const hashes = isRecord(file["hashes"]) ? file["hashes"] : {};
  const hash = hashes["quickXorHash"];
  return (
    item["size"] === request.content.length &&
    (typeof hash !== "string" || hash === quickXorHash(request.content))
  );
}

function blob(request: UploadRequest, from = 0, to = request.content.length): Blob {
  // A copy of exactly these bytes: the SDK and fetch both send a Blob as it is.
  return new Blob([request.content.slice(from, to)], { type: request.contentType });
}

async function putSmall(client: Client, request: UploadRequest): Promise<DriveItemJson> {
  const item: unknown = await client
    .api(`${drivePath(request.driveId, request.path)}:/content`)
    .query({ "@microsoft.graph.conflictBehavior": "fail" })
    .header("Content-Type", request.contentType)
    .middlewareOptions([noRetries()])
    .put(blob(request));
  if (!isRecord(item))
    throw new StoreError("invalidData", "Graph answered an upload without the file", area);
  return item;
}

/** A fragment's answer read like the SDK reads one, so the retry loop treats both alike. */
async function sessionCall(url: string, init: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (e) {
    throw storeErrorOf(
      { status: -1, message: e instanceof Error ? e.message : "The upload got no answer" },
      area,
    );
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    // Not JSON (a proxy's page): the status alone says what happened.
  }
  if (!response.ok) {
    const error = isRecord(body) && isRecord(body["error"]) ? body["error"] : {};
    const retryAfter = Number(response.headers.get("Retry-After"));
    throw storeErrorOf(
      {
        status: response.status,
        message:
          typeof error["message"] === "string" ? error["message"] : `HTTP ${response.status}`,
        ...(typeof error["code"] === "string" ? { code: error["code"] } : {}),
        ...(Number.isFinite(retryAfter) && retryAfter >= 0
          ? { retryAfterSeconds: retryAfter }
          : {}),
      },
      area,
    );
  }
  return body;
}

/** Where the session wants the next bytes: the start of its first expected range. */
function nextStart(status: unknown, total: number): number {
  const ranges =
    isRecord(status) && Array.isArray(status["nextExpectedRanges"])
      ? status["nextExpectedRanges"]
      : [];
  const first: unknown = ranges[0];
  if (typeof first !== "string") return total;
  const start = Number(first.split("-")[0]);
  return Number.isInteger(start) && start >= 0 ? start : 0;
}

/**
 * An upload session from the first missing byte to the end. The fragments' PUTs carry no
 * Authorization header (the upload URL is pre-authenticated; a token there may be refused).
 */
async function putBySession(
  client: Client,
  request: UploadRequest,
  sessions: Map<string, string>,
  policy: RetryPolicy,
): Promise<DriveItemJson> {
  const total = request.content.length;
  const key = request.path.join("/");
  let uploadUrl = sessions.get(key);
  if (!uploadUrl) {
    const created: unknown = await client
      .api(`${drivePath(request.driveId, request.path)}:/createUploadSession`)
      .middlewareOptions([noRetries()])
      .post({ item: { "@microsoft.graph.conflictBehavior": "fail" } });
    const url = isRecord(created) ? created["uploadUrl"] : undefined;
    if (typeof url !== "string") {
      throw new StoreError("invalidData", "Graph created an upload session without its URL", area);
    }
    uploadUrl = url;
    sessions.set(key, url);
  }
  let start = nextStart(await sessionCall(uploadUrl, { method: "GET" }), total);
  for (let attempt = 1; ;) {
    const end = Math.min(start + FRAGMENT_SIZE, total);
    try {
      const answer = await sessionCall(uploadUrl, {
        method: "PUT",
        headers: { "Content-Range": `bytes ${start}-${end - 1}/${total}` },
        body: blob(request, start, end),
      });
      if (end === total) {
        if (!isRecord(answer) || typeof answer["id"] !== "string") {
          throw new StoreError("invalidData", "Graph finished an upload without the file", area);
        }
        sessions.delete(key);
        return answer;
      }
      start = nextStart(answer, total);
    } catch (e) {
      const f = failureBehind(e);
      if (f?.status === 416) {
        // The fragment had already landed (its answer was lost): ask where to go on.
        start = nextStart(await sessionCall(uploadUrl, { method: "GET" }), total);
        continue;
      }
      if (f?.status === 404) sessions.delete(key);
      const delay = f && isTransient(f.status) ? nextDelayMs(policy, attempt, f) : null;
      if (delay === null) throw e;
      attempt += 1;
      await policy.sleep(delay);
      start = nextStart(await sessionCall(uploadUrl, { method: "GET" }), total);
    }
  }
}

/**
 * Creates the file's folders, each with conflictBehavior fail: 409 means it is there already.
 * (SharePoint creates missing folders on a PUT by path; this is for a library that does not.)
 */
async function ensureFolders(client: Client, request: UploadRequest): Promise<void> {
  for (let depth = 1; depth < request.path.length; depth += 1) {
    const parent = request.path.slice(0, depth - 1);
    const url =
      parent.length === 0
        ? `/drives/${encodeURIComponent(request.driveId)}/root/children`
        : `${drivePath(request.driveId, parent)}:/children`;
    try {
      await client
        .api(url)
        .middlewareOptions([noRetries()])
        .post({
          name: request.path[depth - 1],
          folder: {},
          "@microsoft.graph.conflictBehavior": "fail",
        });
    } catch (e) {
      if (failure(e)?.status !== 409) throw normaliseError(e, area);
    }
  }
}

/**
 * Stores the file once. Retries what may succeed later (no answer, 429, 5xx) after the
 * service's Retry-After or a back-off; answers "already there" by comparing the file found.
 */
export async function uploadOnce(
  client: Client,
  request: UploadRequest,
  policy: RetryPolicy,
): Promise<UploadResult> {
  const sessions = new Map<string, string>();
  let ambiguous = false;
  let madeFolders = false;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const item =
        request.content.length <= SIMPLE_UPLOAD_LIMIT
          ? await putSmall(client, request)
          : await putBySession(client, request, sessions, policy);
      return { item, alreadyStored: false };
    } catch (e) {
      const f = failure(e);
      if (!f) throw normaliseError(e, area);
      if (f.status === 409) {
        const found = await getItem(client, request);
        if (found && isOurs(found, request)) return { item: found, alreadyStored: !ambiguous };
        if (found) {
          throw new StoreError(
            "conflict",
            `Another file is already kept as ${request.path.join("/")}`,
            area,
          );
        }
      }
      if (f.status === 404) {
        // A session that finished as its answer was lost, or one that expired; or no folder.
        const found = await getItem(client, request);
        if (found && isOurs(found, request)) return { item: found, alreadyStored: false };
        if (sessions.size > 0) {
          sessions.clear();
          continue;
        }
        if (!madeFolders) {
          await ensureFolders(client, request);
          madeFolders = true;
          continue;
        }
      }
      const delay = isTransient(f.status) ? nextDelayMs(policy, attempt, f) : null;
      if (delay === null) throw isStoreError(e) ? e : normaliseError(e, area);
      ambiguous = true;
      await policy.sleep(delay);
    }
  }
}
