/**
 * Loads the signed-in user's work queues (queues.ts): each source is read once however many
 * queues share it, sources are read side by side, and a source that fails fails only its own
 * queues, in words.
 */
import { describeCaseStage } from "../../domain/noticePending";
import type { PolicyConfig } from "../../domain/config";
import { addDays, compareLocalDates, daysBetween, isAfter } from "../../domain/localDate";
import type { CaseRef, LocalDate, Stage } from "../../domain/types";
import { formatLongDate } from "../../domain/wording";
import { localDateOf, startOfLocalDate } from "../../domain/zonedTime";
import { findDirectEdits } from "../directEdits";
import { describeFailure } from "../errorWording";
import type { CaseStore, Clock, SignedInUser } from "../ports";
import {
  type Found,
  type QueueDefinition,
  type QueueKey,
  queuesFor,
  type QueueSource,
} from "./queues";

export type WorkDeps = {
  readonly store: CaseStore;
  readonly clock: Clock;
  readonly config: PolicyConfig;
};

export type WorkItem = {
  readonly ref: CaseRef;
  readonly customerName: string;
  readonly serviceArea: string;
  readonly stage: Stage;
  readonly stageInWords: string;
  /** When the work arose; the queue is oldest first. */
  readonly since: LocalDate;
  readonly detail: string;
  readonly dueOn?: LocalDate;
  readonly overdue: boolean;
  /** "Overdue: due by Monday 2 November 2026 (3 days ago)." or "Due by …". */
  readonly dueText?: string;
};

export type WorkQueue = {
  readonly key: QueueKey;
  readonly title: string;
  readonly section: string;
  readonly empty: string;
} & (
  | { readonly state: "loaded"; readonly items: readonly WorkItem[]; readonly overdue: number }
  | { readonly state: "failed"; readonly message: string }
);

export type MyWork = {
  readonly today: LocalDate;
  readonly queues: readonly WorkQueue[];
};

export async function loadMyWork(deps: WorkDeps, user: SignedInUser): Promise<MyWork> {
  const { config } = deps;
  const now = deps.clock.now();
  const today = localDateOf(now, config.timeZone);
  const reads = new Map<string, Promise<readonly Found[]>>();
  const read = (source: QueueSource): Promise<readonly Found[]> => {
    const key = JSON.stringify(source);
    let found = reads.get(key);
    if (!found) {
      found = readSource(deps, source, user, today);
      reads.set(key, found);
    }
    return found;
  };
  const queues = await Promise.all(
    queuesFor(user.roles).map(async (definition): Promise<WorkQueue> => {
      const head = {
        key: definition.key,
        title: definition.title,
        section: definition.section,
        empty: definition.empty,
      };
      try {
        const [first, second] = await Promise.all([
          read(definition.source),
          definition.also ? read(definition.also) : Promise.resolve([]),
        ]);
        const seen = new Set(first.map((f) => f.entry.ref));
        const found = [...first, ...second.filter((f) => !seen.has(f.entry.ref))];
        const items = itemsOf(definition, found, today, config);
        return { ...head, state: "loaded", items, overdue: items.filter((i) => i.overdue).length };
      } catch (e) {
        const failure = describeFailure(e);
        return { ...head, state: "failed", message: `${failure.title}. ${failure.detail}` };
      }
    }),
  );
  return { today, queues };
}

function itemsOf(
  definition: QueueDefinition,
  found: readonly Found[],
  today: LocalDate,
  config: PolicyConfig,
): readonly WorkItem[] {
  const items = found.flatMap((f): WorkItem[] => {
    const facts = definition.item(f, { today, config });
    if (!facts) return [];
    const overdue = facts.overdue ?? (facts.dueOn !== undefined && isAfter(today, facts.dueOn));
    const { entry } = f;
    return [
      {
        ref: entry.ref,
        customerName: entry.customerName,
        serviceArea: entry.serviceArea,
        stage: entry.stage,
        stageInWords: describeCaseStage(entry, config),
        since: facts.since,
        detail: facts.detail,
        ...(facts.dueOn ? { dueOn: facts.dueOn } : {}),
        overdue,
        ...(facts.dueOn ? { dueText: dueText(facts.dueOn, overdue, today) } : {}),
      },
    ];
  });
  return items.sort(
    (a, b) => compareLocalDates(a.since, b.since) || a.customerName.localeCompare(b.customerName),
  );
}

function dueText(due: LocalDate, overdue: boolean, today: LocalDate): string {
  if (!overdue) return `Due by ${formatLongDate(due)}.`;
  const days = daysBetween(due, today);
  const ago = days === 1 ? "1 day ago" : `${days} days ago`;
  return `Overdue: it was due by ${formatLongDate(due)} (${ago}).`;
}

async function readSource(
  deps: WorkDeps,
  source: QueueSource,
  user: SignedInUser,
  today: LocalDate,
): Promise<readonly Found[]> {
  const { store, config } = deps;
  switch (source.kind) {
    case "register": {
      const entries = await store.listRegister(source.query);
      if (!source.withFiles || entries.length === 0) return entries.map((entry) => ({ entry }));
      const files = new Map(
        (await store.getCaseFiles(entries.map((e) => e.ref))).map((f) => [f.ref, f]),
      );
      return entries.map((entry) => {
        const file = files.get(entry.ref);
        return file ? { entry, file } : { entry };
      });
    }
    case "reviewsDue": {
      const entries = await store.listReviewsDue(addDays(today, source.withinDays));
      return entries.map((entry) => ({ entry }));
    }
    case "retention": {
      const entries = await store.listRetentionExpired(today);
      return entries.map((entry) => ({ entry }));
    }
    case "myStepOne": {
      const records = await store.listStepOneCases(user.email);
      if (!source.withContacts) return records;
      // Only monitored cases: contacts since the day the arrangement was agreed (indexed).
      return Promise.all(
        records.map(async (record): Promise<Found> => {
          const agreed = record.file.stepOne?.agreementRecordedOn;
          if (record.entry.stage !== "monitoring" || !agreed) return record;
          const since = startOfLocalDate(agreed, config.timeZone);
          return { ...record, contacts: await store.listContacts(record.entry.ref, since) };
        }),
      );
    }
    case "directEdits": {
      const since = startOfLocalDate(addDays(today, -source.withinDays), config.timeZone);
      const edits = await findDirectEdits(store, since);
      const found = await Promise.all(
        edits.map(async (directEdit): Promise<Found[]> => {
          const entry = await store.getRegisterEntry(directEdit.ref);
          return entry ? [{ entry: entry.value, directEdit }] : [];
        }),
      );
      return found.flat();
    }
    case "awaiting":
      return [];
  }
}
