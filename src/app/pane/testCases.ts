/** Cases at the stages the pane tests need beyond the domain's scenario. Not used by the product. */
import { applied, confirmed, restricted, SERVICE_MANAGER } from "../../domain/testScenario";
import type { CaseRecord } from "../../domain/types";

/** Closed at step one on 9 October 2026: the behaviour stopped. */
export function closed(): CaseRecord {
  return applied(
    confirmed(),
    { kind: "closeCase", reasons: "The customer's contact returned to normal." },
    SERVICE_MANAGER,
    "2026-10-09",
  ).record;
}

/**
 * Restricted (email or letter, as the scenario's terms), with access to council premises
 * restricted (5.2.5) and a condition in words the add-in does not check.
 */
export function barredFromPremises(): CaseRecord {
  const record = restricted();
  return {
    entry: {
      ...record.entry,
      terms: {
        ...record.entry.terms,
        extreme: { blockedChannels: [], premisesRestriction: "No visits to the Civic Offices" },
        otherConditions: ["Meetings only with two officers present"],
      },
    },
    file: record.file,
  };
}
