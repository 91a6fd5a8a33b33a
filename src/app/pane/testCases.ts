/** Cases at the stages the pane tests need beyond the domain's scenario. Not used by the product. */
import { applied, confirmed, SERVICE_MANAGER } from "../../domain/testScenario";
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
