import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "./config";
import { availableCommands } from "./lifecycle";
import type { CommandKind } from "./lifecycleCommands";
import { date } from "./testFixtures";
import {
  AD,
  BY_LETTER,
  DIRECTOR,
  FRONTLINE,
  HELPDESK,
  SERVICE_MANAGER,
  SOLICITOR,
  applied,
  assessed,
  confirmed,
  imposed,
  monitored,
  noonOn,
  opened,
  referred,
  restricted,
} from "./testScenario";
import type { Actor, CaseRecord } from "./types";

const appealed = (): CaseRecord =>
  applied(
    restricted(),
    {
      kind: "lodgeAppeal",
      lodgedOn: date("2026-11-10"),
      grounds: "Unfair",
      receivedVia: BY_LETTER,
    },
    HELPDESK,
    "2026-11-10",
  ).record;
const passed = (): CaseRecord =>
  applied(appealed(), { kind: "passAppeal", information: ["Appeal"] }, HELPDESK, "2026-11-11")
    .record;
const ended = (): CaseRecord =>
  applied(restricted(), { kind: "expire" }, HELPDESK, "2027-02-01").record;

describe("availableCommands", () => {
  it.each<[string, () => CaseRecord, Actor, string, CommandKind[]]>([
    [
      "just opened",
      opened,
      SERVICE_MANAGER,
      "2026-10-01",
      ["confirmInWriting", "recordRepresentativeOffer", "closeCase"],
    ],
    [
      "just opened, for the City Solicitor",
      opened,
      SOLICITOR,
      "2026-10-01",
      ["confirmInWriting", "recordRepresentativeOffer", "closeCase", "takeImmediateAction"],
    ],
    [
      "confirmed in writing",
      confirmed,
      SERVICE_MANAGER,
      "2026-10-03",
      ["recordRepresentativeOffer", "recordAgreement", "refer", "closeCase"],
    ],
    [
      "being monitored",
      monitored,
      SERVICE_MANAGER,
      "2026-10-20",
      ["recordRepresentativeOffer", "refer", "closeCase"],
    ],
    ["referred, for the service manager", referred, SERVICE_MANAGER, "2026-10-13", []],
    [
      "referred, for the helpdesk manager",
      referred,
      HELPDESK,
      "2026-10-13",
      ["assess", "closeCase"],
    ],
    [
      "assessed, for the assistant director",
      assessed,
      AD,
      "2026-10-21",
      ["imposeRestrictions", "closeCase", "takeImmediateAction"],
    ],
    [
      "assessed, for the City Solicitor",
      assessed,
      SOLICITOR,
      "2026-10-21",
      ["imposeRestrictions", "closeCase", "takeImmediateAction"],
    ],
    ["assessed, for the director", assessed, DIRECTOR, "2026-10-21", []],
    [
      "imposed, for the helpdesk manager: prepares the notice, does not give it",
      imposed,
      HELPDESK,
      "2026-10-31",
      ["prepareNotice", "startReview", "lodgeAppeal"],
    ],
    [
      "imposed, for the assistant director: gives the notice",
      imposed,
      AD,
      "2026-10-31",
      ["takeImmediateAction", "recordNotice"],
    ],
    [
      "restricted, for the helpdesk manager",
      restricted,
      HELPDESK,
      "2026-12-01",
      ["requestReview", "startReview", "lodgeAppeal"],
    ],
    ["restricted, for the director", restricted, DIRECTOR, "2026-12-01", []],
    [
      "appealed, for the helpdesk manager",
      appealed,
      HELPDESK,
      "2026-11-11",
      ["requestReview", "startReview", "passAppeal"],
    ],
    ["appealed, for the director", appealed, DIRECTOR, "2026-11-11", []],
    ["passed to the director, for the director", passed, DIRECTOR, "2026-11-12", ["decideAppeal"]],
    [
      "after the end date",
      restricted,
      HELPDESK,
      "2027-02-01",
      ["requestReview", "startReview", "lodgeAppeal", "expire"],
    ],
    ["ended", ended, HELPDESK, "2027-02-02", []],
    ["any case, for frontline staff", confirmed, FRONTLINE, "2026-10-03", []],
    ["restricted, for frontline staff", restricted, FRONTLINE, "2027-02-01", []],
  ])("%s", (_label, record, by, day, expected) => {
    expect(availableCommands(record(), by, noonOn(day), PORTSMOUTH_POLICY)).toEqual(expected);
  });
});
