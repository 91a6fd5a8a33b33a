/**
 * Every SharePoint site has a default document library, "Documents" (URL "Shared Documents"),
 * which `GET /sites/{id}/drive` returns. The emulator's site gets one when it is created, and
 * again after a reset that drops the lists.
 */
import type { Db } from "../store/database";
import { createList, findList } from "../store/lists";
import type { SiteRecord } from "../store/model";
import { DEFAULT_LIBRARY } from "../handlers/drives";
import { clearDrives, ensureDrive } from "./store";

/** SharePoint's System Account: the author of what the site came with. */
const SYSTEM_ACCOUNT = 1073741823;

export function ensureDefaultLibrary(db: Db, site: SiteRecord): void {
  const list =
    findList(db, site.id, DEFAULT_LIBRARY) ??
    createList(
      db,
      site,
      {
        displayName: DEFAULT_LIBRARY,
        description: "",
        columns: [],
        template: "documentLibrary",
      },
      SYSTEM_ACCOUNT,
    );
  if (list.template === "documentLibrary") ensureDrive(db, list, SYSTEM_ACCOUNT);
}

/** For reset(): the libraries' files go with the lists' items. */
export function resetLibraries(db: Db, site: SiteRecord): void {
  clearDrives(db, site);
  ensureDefaultLibrary(db, site);
}
