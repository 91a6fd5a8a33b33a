import type { Channel, ReasonableAdjustment, RestrictionTerms } from "./types";
import { channelManner, channelName, listWithOr } from "./wording";

/** A reasonable adjustment the terms would get in the way of (Equality Act 2010; 5.1, 5.2.4). */
export type AdjustmentConflict = {
  readonly adjustment: ReasonableAdjustment;
  readonly channel: Channel;
  readonly message: string;
};

/**
 * Warnings, not refusals: the deciding manager must see them and make room for the adjustment
 * (for example by naming it in the terms' wording), but the decision stays theirs.
 */
export function adjustmentConflicts(
  terms: RestrictionTerms,
  adjustments: readonly ReasonableAdjustment[],
): readonly AdjustmentConflict[] {
  const allowed = terms.allowedChannels;
  const blocked = terms.extreme?.blockedChannels ?? [];
  return adjustments.flatMap((adjustment) =>
    (adjustment.requiresChannels ?? []).flatMap((channel): AdjustmentConflict[] => {
      const need = `a recorded reasonable adjustment needs contact ${channelManner(channel)} ("${adjustment.description}")`;
      if (blocked.includes(channel)) {
        return [
          {
            adjustment,
            channel,
            message: `The terms block ${channelName(channel)}, but ${need}.`,
          },
        ];
      }
      if (allowed?.length && !allowed.includes(channel)) {
        return [
          {
            adjustment,
            channel,
            message: `The terms allow contact ${listWithOr(allowed.map(channelManner))} only, but ${need}.`,
          },
        ];
      }
      return [];
    }),
  );
}
