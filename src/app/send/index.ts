/**
 * The check at the moment of sending (Smart Alerts): the decision, and Outlook's dialog for it.
 * src/launchevent wires it to Office.js; it reuses the pane's compose check (src/app/pane).
 */
export {
  type CaseConcerns,
  createSendCheck,
  type OutgoingMessage,
  SEND_CHECK_DEADLINE_MS,
  type SendCheck,
  type SendCheckOptions,
  type SendConcern,
  type SendDecision,
} from "./sendCheck";
export { SMART_ALERT_LIMITS, type SendPrompt, sendPrompt } from "./sendPrompt";
