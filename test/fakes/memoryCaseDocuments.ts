/**
 * CaseDocuments in memory, for app and pane tests: the same idempotency rules as the library
 * (one file per key; "same" refuses other bytes under it), and a switch to fail the next calls.
 */
import {
  type CaseDocument,
  type CaseDocuments,
  type NewDocument,
  StoreError,
  type StoredDocument,
} from "../../src/app/ports";
import type { CaseRef } from "../../src/domain/types";

type Held = { readonly document: CaseDocument; readonly content: Uint8Array };

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

export class MemoryCaseDocuments implements CaseDocuments {
  private readonly files = new Map<string, Held>();
  /** Every store call, including those that found the document already there. */
  readonly stored: NewDocument[] = [];
  private failures = 0;
  private clock = () => new Date("2026-11-24T11:00:00Z");

  /** The next `times` calls throw StoreError("unavailable"), as a library that is down. */
  failNext(times = 1): void {
    this.failures = times;
  }

  setClock(now: () => Date): void {
    this.clock = now;
  }

  private enter(): void {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new StoreError("unavailable", "The case documents library failed", "caseDocuments");
    }
  }

  store(doc: NewDocument): Promise<StoredDocument> {
    this.enter();
    this.stored.push(doc);
    const name = `${doc.title} (${keyTag(doc.key)}).${doc.extension}`;
    const path = `${doc.ref}/${doc.folder}/${name}`;
    const held = this.files.get(path);
    if (held) {
      if (doc.existing === "same" && !sameBytes(held.content, doc.content)) {
        return Promise.reject(
          new StoreError("conflict", `Another file is already ${path}`, "caseDocuments"),
        );
      }
      return Promise.resolve({ document: held.document, alreadyStored: true });
    }
    const document: CaseDocument = {
      ref: doc.ref,
      folder: doc.folder,
      name,
      size: doc.content.length,
      createdAt: this.clock(),
      webUrl: `https://council.sharepoint.com/sites/ucb/UCB%20Case%20Documents/${encodeURI(path)}`,
      id: `doc-${this.files.size + 1}`,
    };
    this.files.set(path, { document, content: doc.content });
    return Promise.resolve({ document, alreadyStored: false });
  }

  list(ref: CaseRef): Promise<readonly CaseDocument[]> {
    this.enter();
    const docs = [...this.files.values()]
      .map((h) => h.document)
      .filter((d) => d.ref === ref)
      .sort(
        (a, b) =>
          (a.folder === b.folder ? 0 : a.folder === "letters" ? -1 : 1) ||
          a.createdAt.getTime() - b.createdAt.getTime(),
      );
    return Promise.resolve(docs);
  }

  content(document: CaseDocument): Promise<Uint8Array> {
    this.enter();
    const held = [...this.files.values()].find((h) => h.document.id === document.id);
    return held
      ? Promise.resolve(held.content)
      : Promise.reject(new StoreError("notFound", "No such document", "caseDocuments"));
  }

  deleteAll(ref: CaseRef): Promise<number> {
    this.enter();
    let n = 0;
    for (const [path, held] of this.files) {
      if (held.document.ref === ref) {
        this.files.delete(path);
        n += 1;
      }
    }
    return Promise.resolve(n);
  }
}

/** A short stable tag of the key (not cryptographic: the fake only needs the same name). */
function keyTag(key: string): string {
  let h = 2166136261;
  for (let i = 0; i < key.length; i += 1) h = Math.imul(h ^ key.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, "0");
}
