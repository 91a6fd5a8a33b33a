/**
 * Test-specific cases, written with the demo's own builders (scripts/demo/builders.ts) and
 * loaded through the real CaseStore over Graph, as the demo seed is (scripts/demo/seed.ts).
 */
import type { NewContact } from "../../../src/app/ports";
import type { CaseRef, EmailAddress, RestrictionTerms } from "../../../src/domain/types";
import {
  customer,
  demoBuilders,
  type DemoCase,
  SPOC,
  DEPUTY,
} from "../../../scripts/demo/builders";
import { MORGAN, PRIYA } from "../../../scripts/demo/people";
import { loadDemoCases } from "../../../scripts/demo/seed";
import { ALEX, JORDAN, type Stack } from "./stack";

export type RestrictedSpec = {
  /** Six Crockford characters, unique in the file. */
  readonly code: string;
  readonly name: string;
  readonly address: string;
  readonly terms: RestrictionTerms;
  readonly summary: string;
  /** The restriction was decided this many days ago (default 20) and lasts `months` (6). */
  readonly daysAgo?: number;
  readonly months?: number;
  /** Contacts already logged, built with the demo's `email` builder. */
  readonly contacts?: (
    ref: CaseRef,
    from: EmailAddress,
    b: ReturnType<typeof demoBuilders>,
  ) => NewContact[];
};

export function restrictedCase(spec: RestrictedSpec, now = new Date()): DemoCase {
  const b = demoBuilders(now);
  const daysAgo = spec.daysAgo ?? 20;
  return b.restrictedCase(
    spec.code,
    daysAgo,
    spec.name,
    "Housing",
    [customer(spec.address)],
    b.restriction(daysAgo, spec.months ?? 6, MORGAN, spec.terms, spec.summary),
    spec.summary,
    (ref, from) => spec.contacts?.(ref, from, b) ?? [],
  );
}

/** A case at monitoring (step one agreed, contact monitored): what a service manager refers. */
export function monitoringCase(
  code: string,
  name: string,
  address: string,
  now = new Date(),
): DemoCase {
  const b = demoBuilders(now);
  const caseRef = b.ref(code, b.ago(40));
  const from = customer(address);
  return {
    shows: "Monitoring, ready to refer.",
    openedBy: PRIYA,
    newCase: {
      entry: {
        ...b.base(caseRef, name, "Planning"),
        stage: "monitoring",
        spoc: SPOC,
        deputy: DEPUTY,
      },
      addresses: [from],
      file: {
        ref: caseRef,
        stepOne: {
          raisedOn: b.ago(40),
          raisedBy: PRIYA,
          serviceMostImpacted: "Planning",
          behaviourExamples: ["excessiveDemands"],
          behaviourDetail: "Daily emails about a refused application.",
          representativeOffered: true,
          proposedSpoc: SPOC,
          proposedArrangement: "One email a fortnight to the SPOC.",
          confirmedInWritingOn: b.ago(39),
          agreement: "agreed",
          agreementRecordedOn: b.ago(35),
        },
        reasonableAdjustments: [],
      },
    },
    events: [],
    contacts: [
      b.email(caseRef, from.address, b.at(b.ago(20), "09:40"), "Application – again"),
      b.email(
        caseRef,
        from.address,
        b.at(b.ago(10), "09:45"),
        "Application – again",
        "outsideTerms",
        ["overVolume"],
      ),
    ],
  };
}

/**
 * A case at monitoring whose arrangement was agreed at step one as terms, `agreedDaysAgo` days
 * ago: each contact is judged within or outside it.
 */
export function arrangedCase(
  spec: {
    readonly code: string;
    readonly name: string;
    readonly address: string;
    readonly terms: RestrictionTerms;
    readonly summary: string;
    readonly agreedDaysAgo?: number;
  },
  now = new Date(),
): DemoCase {
  const base = monitoringCase(spec.code, spec.name, spec.address, now);
  const b = demoBuilders(now);
  const agreedOn = b.ago(spec.agreedDaysAgo ?? 30);
  const stepOne = base.newCase.file.stepOne;
  return {
    ...base,
    shows: `Monitoring an arrangement agreed as terms: ${spec.summary}`,
    newCase: {
      ...base.newCase,
      entry: {
        ...base.newCase.entry,
        arrangement: { terms: spec.terms, summary: spec.summary, agreedOn },
      },
      file: {
        ...base.newCase.file,
        ...(stepOne
          ? {
              stepOne: {
                ...stepOne,
                proposedTerms: spec.terms,
                proposedArrangement: spec.summary,
                agreementRecordedOn: agreedOn,
              },
            }
          : {}),
      },
    },
    contacts: [],
  };
}

export type StoredItem = { readonly fields: Readonly<Record<string, unknown>> };

/** What the emulator holds in UCB Contacts for a case, read straight from the list. */
export async function contactItems(stack: Stack, ref: string): Promise<StoredItem[]> {
  const page = (await stack
    .clientFor(ALEX)
    .api(`/sites/${stack.emu.siteId}/lists/UCB%20Contacts/items?$expand=fields&$top=5000`)
    .get()) as { value: StoredItem[] };
  return page.value.filter((i) => i.fields["CaseRef"] === ref);
}

/** Loads cases as the city helpdesk manager (who may write every list). */
export async function seed(stack: Stack, cases: readonly DemoCase[]): Promise<void> {
  await loadDemoCases(stack.storeFor(JORDAN), cases);
}

/** A case assessed a week ago: the behaviour unreasonable, restrictions needed (5.2.2). */
export function assessedCase(
  code: string,
  name: string,
  address: string,
  now = new Date(),
): DemoCase {
  const b = demoBuilders(now);
  const caseRef = b.ref(code, b.ago(80));
  return {
    shows: "Assessed, awaiting restrictions.",
    openedBy: PRIYA,
    newCase: {
      entry: { ...b.base(caseRef, name, "Housing"), stage: "assessed", spoc: SPOC },
      addresses: [customer(address)],
      file: b.history(caseRef, "Housing", b.today, "Daily emails to six officers.", 30),
    },
    events: [],
    contacts: [],
  };
}
