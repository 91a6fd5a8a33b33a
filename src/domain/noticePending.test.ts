import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "./config";
import { awaitingNotice, describeCaseStage } from "./noticePending";
import { actor, date, period, person } from "./testFixtures";
import { assessed, imposed, restricted } from "./testScenario";
import type { RegisterEntry } from "./types";

describe("restrictions decided but not yet told to the customer", () => {
  it("is the period imposed with its notice still pending", () => {
    const entry = imposed().entry;
    expect(awaitingNotice(entry)).toEqual(entry.period);
    expect(awaitingNotice(entry)?.decidedOn).toBe("2026-10-30");
  });

  it("is nothing once the customer was told", () => {
    expect(awaitingNotice(restricted().entry)).toBeUndefined();
  });

  it("is nothing when it was decided not to tell them (5.2.6)", () => {
    const entry: RegisterEntry = {
      ...restricted().entry,
      period: period({
        notice: {
          kind: "notNotified",
          reason: "Telling them would incite further abuse.",
          decidedBy: actor("assistantDirector", "Alex Reed"),
          decidedOn: date("2026-10-30"),
        },
      }),
    };
    expect(awaitingNotice(entry)).toBeUndefined();
  });

  it("is nothing before restrictions are decided, or after they ended", () => {
    expect(awaitingNotice(assessed().entry)).toBeUndefined();
    const ended: RegisterEntry = {
      ...imposed().entry,
      stage: "ended",
      spoc: person("Priya Shah"),
    };
    expect(awaitingNotice(ended)).toBeUndefined();
  });
});

describe("the case's stage in words", () => {
  it.each([
    ["assessed", () => assessed().entry, "assessed and awaiting restrictions"],
    [
      "decided, not yet told",
      () => imposed().entry,
      "under restrictions decided but not yet told to the customer",
    ],
    ["told", () => restricted().entry, "under restrictions"],
  ])("%s", (_label, entry, words) => {
    expect(describeCaseStage(entry(), PORTSMOUTH_POLICY)).toBe(words);
  });
});
