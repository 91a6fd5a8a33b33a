/** Restriction terms as a form holds them, and back to the domain's terms (5.2.3, 5.2.5). */
import { parseTerms } from "../../../domain/terms";
import type {
  Channel,
  IsoWeekday,
  RestrictionTerms,
  Result,
  VolumePeriod,
} from "../../../domain/types";

export type WindowDraft = {
  readonly days: readonly IsoWeekday[];
  readonly from: string;
  readonly to: string;
};
export type VolumeDraft = {
  readonly max: string;
  readonly per: VolumePeriod;
  readonly channels: readonly Channel[];
};

export type TermsDraft = {
  readonly allowedChannels: readonly Channel[];
  readonly windows: readonly WindowDraft[];
  readonly volumes: readonly VolumeDraft[];
  readonly spocOnly: boolean;
  readonly significantQueriesOnly: boolean;
  readonly newIssuesOnly: boolean;
  readonly blockedChannels: readonly Channel[];
  readonly premisesRestriction: string;
  /** Conditions in the decider's own words, one a line (5.2.3: options "not prescribed"). */
  readonly otherConditions: string;
};

export const NEW_WINDOW: WindowDraft = { days: [1, 2, 3, 4, 5], from: "10:00", to: "12:00" };
export const NEW_VOLUME: VolumeDraft = { max: "1", per: "week", channels: ["email"] };

export function draftFromTerms(terms: RestrictionTerms | undefined): TermsDraft {
  return {
    allowedChannels: terms?.allowedChannels ?? [],
    windows: (terms?.contactWindows ?? []).map((w) => ({ days: w.days, from: w.from, to: w.to })),
    volumes: (terms?.volumes ?? []).map((v) => ({
      max: String(v.max),
      per: v.per,
      channels: v.channels ?? [],
    })),
    spocOnly: terms?.spocOnly === true,
    significantQueriesOnly: terms?.significantQueriesOnly === true,
    newIssuesOnly: terms?.newIssuesOnly === true,
    blockedChannels: terms?.extreme?.blockedChannels ?? [],
    premisesRestriction: terms?.extreme?.premisesRestriction ?? "",
    otherConditions: (terms?.otherConditions ?? []).join("\n"),
  };
}

/** The conditions in words, one a line, blank lines left out. */
function otherConditionLines(text: string): readonly string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

function refuse(message: string): Result<RestrictionTerms> {
  return { ok: false, error: { code: "invalidTerms", message } };
}

function hhmm(typed: string): string {
  return typed
    .trim()
    .replace(/^(\d)[:.]/, "0$1:")
    .replace(".", ":");
}

/**
 * The terms the draft describes, checked by the domain. `extreme` says whether this user may set
 * 5.2.5 measures here: without it, blocked channels and premises are left out.
 */
export function termsFromDraft(draft: TermsDraft, extreme: boolean): Result<RestrictionTerms> {
  // Typed times: "9:30" is as clear as "09:30".
  const windows = draft.windows.map((w) => ({ ...w, from: hhmm(w.from), to: hhmm(w.to) }));
  for (const [i, w] of windows.entries()) {
    if (w.days.length === 0) return refuse(`Choose at least one day for contact window ${i + 1}.`);
    if (!/^\d\d:\d\d$/.test(w.from) || !/^\d\d:\d\d$/.test(w.to)) {
      return refuse(`Enter both times of contact window ${i + 1}, for example 10:00 and 12:00.`);
    }
    if (w.to !== "00:00" && w.to <= w.from) {
      return refuse(`Contact window ${i + 1} must end after it starts.`);
    }
  }
  for (const [i, v] of draft.volumes.entries()) {
    if (!/^\d+$/.test(v.max.trim()) || Number(v.max) < 1 || Number(v.max) > 1000) {
      return refuse(`Enter volume allowance ${i + 1} as a whole number from 1 to 1000.`);
    }
  }
  const premises = draft.premisesRestriction.trim();
  const others = otherConditionLines(draft.otherConditions);
  const hasExtreme = extreme && (draft.blockedChannels.length > 0 || premises !== "");
  const raw = {
    ...(draft.allowedChannels.length > 0 ? { allowedChannels: draft.allowedChannels } : {}),
    ...(windows.length > 0
      ? {
          contactWindows: windows.map((w) => ({
            days: w.days,
            from: w.from,
            // A window that ends at midnight is typed as 00:00 and kept as the end of the day.
            to: w.to === "00:00" ? "24:00" : w.to,
          })),
        }
      : {}),
    ...(draft.volumes.length > 0
      ? {
          volumes: draft.volumes.map((v) => ({
            max: Number(v.max),
            per: v.per,
            ...(v.channels.length > 0 ? { channels: v.channels } : {}),
          })),
        }
      : {}),
    ...(draft.spocOnly ? { spocOnly: true } : {}),
    ...(draft.significantQueriesOnly ? { significantQueriesOnly: true } : {}),
    ...(draft.newIssuesOnly ? { newIssuesOnly: true } : {}),
    ...(hasExtreme
      ? {
          extreme: {
            blockedChannels: draft.blockedChannels,
            ...(premises ? { premisesRestriction: premises } : {}),
          },
        }
      : {}),
    ...(others.length > 0 ? { otherConditions: others } : {}),
  };
  return parseTerms(raw);
}
