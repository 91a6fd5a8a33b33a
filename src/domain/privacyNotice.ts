/**
 * The step-one letter's privacy information until a council writes its own (UK GDPR Article
 * 13): who holds the record, why, on what basis, for how long, and the customer's rights.
 * Configuration's `privacyNotice` replaces it.
 */
import type { PolicyConfig } from "./config";

export const DEFAULT_PRIVACY_NOTICE =
  "How we use your information: the council keeps a record of this concern, your contact with us and our decisions, to manage contact fairly and to protect staff (UK GDPR Article 6(1)(e), the council's public tasks). Staff who handle your contact see only what they need. We keep the record for six years after the matter ends, then destroy it. You may ask for a copy of your information, ask us to correct it, restrict or object to its use, and complain to the Information Commissioner's Office (ico.org.uk, 0303 123 1113). Our full privacy notice is at portsmouth.gov.uk/privacy.";

export function privacyNoticeOf(config: PolicyConfig): string {
  return config.privacyNotice ?? DEFAULT_PRIVACY_NOTICE;
}
