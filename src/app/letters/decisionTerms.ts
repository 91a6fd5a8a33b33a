/**
 * Restriction terms as a letter tells the customer (5.2.3, 5.2.5): second person, no staff
 * shorthand such as "SPOC". Staff see the same terms through describeTerms.
 */
import type { PolicyConfig } from "../../domain/config";
import { describePeriod, describeWindow } from "../../domain/termsDescription";
import type { Person, RestrictionTerms, VolumeAllowance } from "../../domain/types";
import type { TermsContext } from "../../domain/termsDescription";
import {
  channelManner,
  channelName,
  contactUnit,
  listWithAnd,
  listWithOr,
  timeZoneLabel,
} from "../../domain/wording";

function volumeSentence(
  volume: VolumeAllowance,
  context: TermsContext,
  config: PolicyConfig,
): string {
  const channels = volume.channels ?? [];
  const unit =
    channels.length > 1
      ? `${contactUnit(undefined, volume.max)} ${listWithOr(channels.map(channelManner))}`
      : contactUnit(channels, volume.max);
  return `Your contact with the council is limited to ${volume.max} ${unit} ${describePeriod(volume.per, config, context.periodStart)}.`;
}

function namedContact(spoc: Person | undefined, deputy: Person | undefined): string {
  if (!spoc) return "You must contact us only through the officer we name as your contact.";
  const away = deputy
    ? ` When ${spoc.name} is away, contact ${deputy.name} (${deputy.email}) instead.`
    : "";
  return `You must contact us only through ${spoc.name} (${spoc.email}), who is your named contact at the council.${away}`;
}

/** One sentence per term, in the order the policy lists them. */
export function termsForLetter(
  terms: RestrictionTerms,
  context: TermsContext,
  config: PolicyConfig,
): readonly string[] {
  const sentences: string[] = [];
  if (terms.allowedChannels?.length) {
    sentences.push(
      `You may contact the council only ${listWithOr(terms.allowedChannels.map(channelManner))}.`,
    );
  }
  if (terms.contactWindows?.length) {
    const windows = terms.contactWindows.map((w) => describeWindow(w)).join(", or ");
    sentences.push(
      `You may contact the council only at these times: ${windows} (${timeZoneLabel(config.timeZone)}).`,
    );
  }
  for (const volume of terms.volumes ?? []) {
    sentences.push(volumeSentence(volume, context, config));
  }
  if (terms.spocOnly === true) sentences.push(namedContact(context.spoc, context.deputy));
  if (terms.significantQueriesOnly === true) {
    sentences.push(
      "We will reply only to significant and serious matters. Other contact will be read and filed without a reply.",
    );
  }
  if (terms.newIssuesOnly === true) {
    sentences.push(
      "We will deal only with new issues. Contact about matters we have already dealt with will not be acknowledged or acted on.",
    );
  }
  const blocked = terms.extreme?.blockedChannels ?? [];
  if (blocked.length > 0) {
    sentences.push(`Contact from you by ${listWithAnd(blocked.map(channelName))} will be blocked.`);
  }
  const premises = terms.extreme?.premisesRestriction?.trim().replace(/\.+$/, "");
  if (premises) sentences.push(`Your access to council premises is restricted: ${premises}.`);
  return sentences;
}
