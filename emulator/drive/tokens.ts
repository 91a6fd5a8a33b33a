/**
 * Pre-authenticated URLs, as SharePoint hands them out: a file's download URL and an upload
 * session's upload URL need no Authorization header (the browser cannot send one after the 302
 * of `/content`). Download tokens live an hour, in memory: a restarted emulator issues new ones.
 */
import { randomBytes } from "node:crypto";
import type { Db } from "../store/database";
import type { DriveItemRecord } from "./store";

export const TRANSFER_PREFIX = "/_transfer";
export const DOWNLOAD_LIFETIME_MS = 60 * 60 * 1000;

type Grant = { readonly driveId: string; readonly itemId: string; readonly expires: number };

const grants = new WeakMap<Db, Map<string, Grant>>();

function grantsOf(db: Db): Map<string, Grant> {
  let map = grants.get(db);
  if (!map) {
    map = new Map();
    grants.set(db, map);
  }
  return map;
}

export function downloadUrl(db: Db, origin: string, item: DriveItemRecord): string {
  const token = randomBytes(24).toString("base64url");
  const map = grantsOf(db);
  const now = Date.now();
  for (const [key, grant] of map) if (grant.expires < now) map.delete(key);
  map.set(token, { driveId: item.driveId, itemId: item.id, expires: now + DOWNLOAD_LIFETIME_MS });
  return `${origin}${TRANSFER_PREFIX}/download/${token}`;
}

export function downloadGrant(db: Db, token: string): Grant | undefined {
  const grant = grantsOf(db).get(token);
  return grant && grant.expires >= Date.now() ? grant : undefined;
}

export function uploadUrl(origin: string, sessionId: string): string {
  return `${origin}${TRANSFER_PREFIX}/upload/${sessionId}`;
}
