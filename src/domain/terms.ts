import {
  boolean,
  type Check,
  listOf,
  objectCheck,
  oneOf,
  optionalField,
  refuseUnknownFields,
  text,
  wholeNumber,
} from "./jsonValidation";
import { ok, refuse } from "./result";
import { minutesOf, parseTimeOfDay } from "./timeOfDay";
import { CHANNELS, VOLUME_PERIODS } from "./types";
import type {
  Channel,
  ContactWindow,
  ExtremeMeasures,
  IsoWeekday,
  RestrictionTerms,
  Result,
  TimeOfDay,
  VolumeAllowance,
} from "./types";
import { channelName } from "./wording";

/**
 * 5.2.5 lets the council block "telephone calls and electronic contact (including email and
 * social media)"; letters cannot be blocked, and visits are covered by the premises restriction.
 */
export const BLOCKABLE_CHANNELS: readonly Channel[] = ["phone", "email", "webForm", "socialMedia"];

const channel = oneOf<Channel>(CHANNELS, `one of ${CHANNELS.join(", ")}`);
const blockableChannel = oneOf<Channel>(
  BLOCKABLE_CHANNELS,
  `one of ${BLOCKABLE_CHANNELS.join(", ")} (5.2.5 blocks telephone and electronic contact)`,
);
const weekday = oneOf<IsoWeekday>([1, 2, 3, 4, 5, 6, 7], "a weekday from 1 (Monday) to 7 (Sunday)");

function timeCheck(end: boolean): Check<TimeOfDay> {
  return (value, path) => {
    const parsed = parseTimeOfDay(typeof value === "string" ? value : "", { end });
    const range = end ? "00:00 to 24:00" : "00:00 to 23:59";
    return parsed.ok
      ? parsed
      : refuse("invalidField", `${path} must be a time "HH:MM" from ${range}.`);
  };
}

const windowCheck: Check<ContactWindow> = (value, path) => {
  const object = objectCheck(path, value);
  if (!object.ok) return object;
  const fields = refuseUnknownFields(object.value, ["days", "from", "to"], path);
  if (!fields.ok) return fields;
  const days = listOf(weekday, "weekdays")(object.value["days"], `${path}.days`);
  if (!days.ok) return days;
  const from = timeCheck(false)(object.value["from"], `${path}.from`);
  if (!from.ok) return from;
  const to = timeCheck(true)(object.value["to"], `${path}.to`);
  if (!to.ok) return to;
  if (minutesOf(to.value) <= minutesOf(from.value)) {
    return refuse("invalidField", `${path}.to must be later than ${path}.from.`);
  }
  return ok({ days: days.value, from: from.value, to: to.value });
};

const volumeCheck: Check<VolumeAllowance> = (value, path) => {
  const object = objectCheck(path, value);
  if (!object.ok) return object;
  const fields = refuseUnknownFields(object.value, ["max", "per", "channels"], path);
  if (!fields.ok) return fields;
  const max = wholeNumber(1, 1000)(object.value["max"], `${path}.max`);
  if (!max.ok) return max;
  const per = oneOf(VOLUME_PERIODS, `one of ${VOLUME_PERIODS.join(", ")}`)(
    object.value["per"],
    `${path}.per`,
  );
  if (!per.ok) return per;
  const channels = optionalField(
    object.value,
    "channels",
    `${path}.channels`,
    listOf(channel, "channels"),
  );
  if (!channels.ok) return channels;
  const allowance: VolumeAllowance = { max: max.value, per: per.value };
  return ok(channels.value ? { ...allowance, channels: channels.value } : allowance);
};

const extremeCheck: Check<ExtremeMeasures> = (value, path) => {
  const object = objectCheck(path, value);
  if (!object.ok) return object;
  const fields = refuseUnknownFields(
    object.value,
    ["blockedChannels", "premisesRestriction"],
    path,
  );
  if (!fields.ok) return fields;
  const rawBlocked = object.value["blockedChannels"];
  const blocked =
    Array.isArray(rawBlocked) && rawBlocked.length === 0
      ? ok<readonly Channel[]>([])
      : listOf(blockableChannel, "channels")(rawBlocked, `${path}.blockedChannels`);
  if (!blocked.ok) return blocked;
  const premises = optionalField(
    object.value,
    "premisesRestriction",
    `${path}.premisesRestriction`,
    text(1000),
  );
  if (!premises.ok) return premises;
  if (blocked.value.length === 0 && premises.value === undefined) {
    return refuse(
      "invalidField",
      `${path} must block at least one channel or restrict access to premises.`,
    );
  }
  const measures: ExtremeMeasures = { blockedChannels: blocked.value };
  return ok(premises.value ? { ...measures, premisesRestriction: premises.value } : measures);
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

type TermChecks = {
  readonly [K in keyof RestrictionTerms]-?: Check<NonNullable<RestrictionTerms[K]>>;
};

/** Up to ten conditions in the decision-maker's own words, each a sentence or two. */
export const MAX_OTHER_CONDITIONS = 10;
export const OTHER_CONDITION_LIMIT = 500;

const otherConditionsCheck: Check<readonly string[]> = (value, path) => {
  const list = listOf(text(OTHER_CONDITION_LIMIT), "conditions in words")(value, path);
  if (!list.ok) return list;
  return list.value.length > MAX_OTHER_CONDITIONS
    ? refuse("invalidField", `${path} must hold at most ${MAX_OTHER_CONDITIONS} conditions.`)
    : list;
};

const TERM_CHECKS: TermChecks = {
  allowedChannels: listOf(channel, "channels"),
  contactWindows: listOf(windowCheck, "contact windows"),
  volumes: listOf(volumeCheck, "volume allowances"),
  spocOnly: boolean,
  significantQueriesOnly: boolean,
  newIssuesOnly: boolean,
  extreme: extremeCheck,
  otherConditions: otherConditionsCheck,
};

/** Terms that contradict themselves (a channel both allowed and blocked, say) are refused. */
function checkConsistency(terms: RestrictionTerms): Result<RestrictionTerms> {
  const allowed = terms.allowedChannels;
  const blocked = terms.extreme?.blockedChannels ?? [];
  const bothAllowedAndBlocked = allowed?.find((c) => blocked.includes(c));
  if (bothAllowedAndBlocked) {
    return refuse(
      "inconsistentTerms",
      `The terms both allow and block ${channelName(bothAllowedAndBlocked)}.`,
    );
  }
  for (const volume of terms.volumes ?? []) {
    const unusable = volume.channels?.find(
      (c) => blocked.includes(c) || (allowed !== undefined && !allowed.includes(c)),
    );
    if (unusable) {
      return refuse(
        "inconsistentTerms",
        `The terms set a volume allowance for ${channelName(unusable)}, which is not an allowed channel.`,
      );
    }
  }
  return ok(terms);
}

/**
 * Checks restriction terms read from outside (the Terms column, a form): every field, no
 * unknown fields, no contradictions. A string is read as JSON first.
 */
export function parseTerms(json: unknown): Result<RestrictionTerms> {
  let value = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json) as unknown;
    } catch (_error: unknown) {
      return refuse("invalidTerms", "The terms are not valid JSON.");
    }
  }
  const object = objectCheck("The Terms JSON", value);
  if (!object.ok) return object;
  const keys = Object.keys(TERM_CHECKS) as (keyof RestrictionTerms)[];
  const fields = refuseUnknownFields(object.value, keys, "The Terms JSON");
  if (!fields.ok) return fields;
  const terms: Mutable<RestrictionTerms> = {};
  for (const key of keys) {
    // TERM_CHECKS pairs each field with the check of its own type, so assigning is safe.
    const check: Check<unknown> = TERM_CHECKS[key];
    const checked = optionalField(object.value, key, `terms.${key}`, check);
    if (!checked.ok) return checked;
    if (checked.value !== undefined) Object.assign(terms, { [key]: checked.value });
  }
  return checkConsistency(terms);
}

/** True when the terms restrict anything at all. */
export function hasRestrictions(terms: RestrictionTerms): boolean {
  return (
    (terms.allowedChannels?.length ?? 0) > 0 ||
    (terms.contactWindows?.length ?? 0) > 0 ||
    (terms.volumes?.length ?? 0) > 0 ||
    terms.spocOnly === true ||
    terms.significantQueriesOnly === true ||
    terms.newIssuesOnly === true ||
    (terms.otherConditions?.length ?? 0) > 0 ||
    isExtreme(terms)
  );
}

/**
 * Checks an arrangement proposed at step one (5.1), read from outside: terms as parseTerms
 * reads them, without the extreme measures of 5.2.5 (only restrictions can impose those), and
 * saying at least one thing.
 */
export function parseArrangementTerms(json: unknown): Result<RestrictionTerms> {
  const terms = parseTerms(json);
  if (!terms.ok) return terms;
  if (terms.value.extreme !== undefined) {
    return refuse(
      "invalidTerms",
      "An arrangement agreed at step one cannot block channels or restrict access to premises: only restrictions can (5.2.5).",
    );
  }
  if (!hasRestrictions(terms.value)) {
    return refuse(
      "invalidTerms",
      "The arrangement says nothing: choose at least one term, or write a condition in your own words.",
    );
  }
  return terms;
}

/** True when the terms include 5.2.5 measures: blocked channels or a premises restriction. */
export function isExtreme(terms: RestrictionTerms): boolean {
  const extreme = terms.extreme;
  return (
    extreme !== undefined &&
    (extreme.blockedChannels.length > 0 || (extreme.premisesRestriction ?? "").trim() !== "")
  );
}
