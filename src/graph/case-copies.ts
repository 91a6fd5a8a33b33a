/**
 * CaseCopies (src/app/ports.ts) over SharePoint REST: what Graph's deletes leave behind.
 * Graph can read an item's versions but not delete them, and its deletes go to the recycle bin,
 * so destruction uses SharePoint's own endpoints (docs/retention-and-sar.md cites them):
 *   DELETE …/lists/getbytitle('…')/items(id)/versions(versionId)   each earlier version
 *   GET    web/RecycleBin, POST web/RecycleBin(id)/DeleteObject()   first stage → second stage
 *   GET    site/RecycleBin, POST site/RecycleBin(id)/DeleteObject() second stage → gone
 * Contribute (UCB Helpdesk) may delete versions and empty what it deleted from the first stage;
 * only site owners and site collection administrators reach the second stage. What they must
 * still do is reported, with the day SharePoint empties it anyway.
 */
import type { SPFI } from "@pnp/sp";
import "@pnp/sp/items/index.js";
import "@pnp/sp/recycle-bin/index.js";
import "@pnp/sp/sites/index.js";
import type {
  CaseCopies,
  CopiesNoted,
  CopiesPurged,
  DeletedItems,
  ListName,
  NotedItem,
  Remnant,
} from "../app/ports";
import { addDays } from "../domain/localDate";
import type { CaseRef, LocalDate } from "../domain/types";
import { localDateOf } from "../domain/zonedTime";
import { DESTRUCTION_ORDER } from "./case-deletion";
import type { ListApi } from "./list-api";
import * as q from "./queries";
import type { ListTitles } from "./schema";

/** SharePoint Online empties both stages 93 days after the first deletion. */
const RECYCLE_BIN_DAYS = 93;

type BinEntry = {
  readonly Id: string;
  readonly ItemState: number;
  readonly Title: string;
  readonly LeafName: string;
  readonly DirName: string;
  readonly DeletedDate: string;
};

type Version = { readonly VersionId: number; readonly IsCurrentVersion: boolean };

export type SharePointCaseCopiesOptions = {
  /** The lists through Graph, to find the case's items. */
  readonly api: ListApi;
  /** The same site's SharePoint REST. */
  readonly sp: SPFI;
  readonly titles: ListTitles;
  readonly timeZone: string;
};

const status = (e: unknown): number | undefined =>
  typeof e === "object" && e !== null && "status" in e && typeof e.status === "number"
    ? e.status
    : undefined;

/** Whether a recycle-bin entry is part of this case. */
function ofCase(entry: BinEntry, ref: CaseRef, items: readonly NotedItem[]): boolean {
  // An item of the case, as SharePoint names the entry ("12_.000") with the item's title.
  if (items.some((i) => entry.LeafName === `${i.id}_.000` && entry.Title === i.title)) return true;
  // The register entry or case file deleted earlier (their Title is the reference), or the
  // case's folder in UCB Case Documents and anything that was under it.
  return entry.Title === ref || entry.LeafName === ref || entry.DirName.split("/").includes(ref);
}

export class SharePointCaseCopies implements CaseCopies {
  constructor(private readonly options: SharePointCaseCopiesOptions) {}

  async beforeDeletion(ref: CaseRef): Promise<CopiesNoted> {
    const { api, sp, titles } = this.options;
    const items: NotedItem[] = [];
    let versionsDeleted = 0;
    // The frontline copy holds the name, terms and addresses too: its versions go as well.
    for (const list of DESTRUCTION_ORDER) {
      const query = q.itemsOfCase(list, ref);
      const found = await api.getAll(list, {
        ...query,
        select: [...new Set(["Title", ...(query.select ?? [])])],
      });
      for (const raw of found) {
        const title = typeof raw.fields["Title"] === "string" ? raw.fields["Title"] : "";
        items.push({ list, id: raw.id, title });
        const item = sp.web.lists.getByTitle(titles[list]).items.getById(Number(raw.id));
        const versions = await item.versions<Version[]>();
        for (const v of versions.filter((x) => !x.IsCurrentVersion)) {
          await item.versions.getById(v.VersionId).delete();
          versionsDeleted += 1;
        }
      }
    }
    return { ref, items, versionsDeleted };
  }

  async deleteNoted(noted: CopiesNoted): Promise<DeletedItems> {
    const { sp, titles } = this.options;
    const deleted: Record<ListName, number> = {
      contacts: 0,
      caseEvents: 0,
      addresses: 0,
      nameIndex: 0,
      caseFiles: 0,
      register: 0,
      inForce: 0,
      inForceAddresses: 0,
    };
    // Noted in DESTRUCTION_ORDER: the register entry goes last, so a stopped run is found again.
    for (const item of noted.items) {
      try {
        await sp.web.lists.getByTitle(titles[item.list]).items.getById(Number(item.id)).delete();
        deleted[item.list] += 1;
      } catch (e) {
        if (status(e) !== 404) throw e;
      }
    }
    return deleted;
  }

  async afterDeletion(noted: CopiesNoted): Promise<CopiesPurged> {
    const { sp } = this.options;
    let purged = 0;
    const firstStage = (await sp.web.recycleBin<BinEntry[]>()).filter(
      (e) => e.ItemState === 1 && ofCase(e, noted.ref, noted.items),
    );
    for (const entry of firstStage) {
      // From the first stage, DeleteObject moves the entry to the second stage.
      await sp.web.recycleBin.getById(entry.Id).delete();
    }
    let secondStage: BinEntry[];
    try {
      secondStage = (await sp.site.recycleBin<BinEntry[]>()).filter((e) =>
        ofCase(e, noted.ref, noted.items),
      );
    } catch (e) {
      if (status(e) !== 401 && status(e) !== 403) throw e;
      // Not a site owner: what this run moved is in the second stage, out of its reach.
      const remaining = firstStage.length > 0 ? [this.remnant(noted.ref, firstStage)] : [];
      return { versionsDeleted: noted.versionsDeleted, recycleBinPurged: 0, remaining };
    }
    const left: BinEntry[] = [];
    for (const entry of secondStage) {
      try {
        await sp.site.recycleBin.getById(entry.Id).delete();
        purged += 1;
      } catch (e) {
        if (status(e) !== 401 && status(e) !== 403) throw e;
        left.push(entry);
      }
    }
    return {
      versionsDeleted: noted.versionsDeleted,
      recycleBinPurged: purged,
      remaining: left.length > 0 ? [this.remnant(noted.ref, left)] : [],
    };
  }

  private remnant(ref: CaseRef, entries: readonly BinEntry[]): Remnant {
    const last =
      entries
        .map((e) => e.DeletedDate)
        .sort()
        .at(-1) ?? new Date().toISOString();
    const goneBy: LocalDate = addDays(
      localDateOf(new Date(last), this.options.timeZone),
      RECYCLE_BIN_DAYS,
    );
    return {
      where: "secondStage",
      items: entries.length,
      goneBy,
      howToPurge: `A site owner or site collection administrator runs npm run retention -- --purge-copies ${ref}, or in SharePoint: Site settings > Site collection recycle bin > Second-stage recycle bin, the entries whose name or original location is ${ref}, Delete.`,
    };
  }
}
