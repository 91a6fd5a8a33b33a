import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY, parsePolicyConfig } from "./config";
import { actorInWords, actorsFor, roleInWords } from "./deputies";
import { applyCommand } from "./lifecycle";
import { address, date, person, unwrap } from "./testFixtures";
import { at, extendedOnReview } from "./testScenario";
import type { PolicyConfig } from "./config";

const SAM = person("Sam Rivers");
const config: PolicyConfig = unwrap(
  parsePolicyConfig({
    deputies: [
      {
        name: "Sam Rivers",
        email: "Sam.Rivers@PortsmouthCC.gov.uk",
        deputyFor: "citySolicitor",
        from: "2026-11-01",
        until: "2026-11-30",
      },
    ],
  }),
);

describe("configured deputies (5.2.5, 5.2.6 'or appropriate deputy')", () => {
  it.each<[string, string, readonly string[]]>([
    ["before the delegation", "2026-10-31", ["serviceManager"]],
    ["on its first day", "2026-11-01", ["serviceManager", "citySolicitor"]],
    ["on its last day", "2026-11-30", ["serviceManager", "citySolicitor"]],
    ["after it", "2026-12-01", ["serviceManager"]],
  ])("acts as the City Solicitor only while the delegation runs: %s", (_label, on, roles) => {
    const actors = actorsFor(SAM, ["serviceManager"], config, date(on));
    expect(actors.map((a) => a.role)).toEqual(roles);
    expect(actors.find((a) => a.role === "citySolicitor")?.asDeputy ?? true).toBe(true);
  });

  it("is not a deputy for a role the person holds in their own right", () => {
    const actors = actorsFor(SAM, ["citySolicitor"], config, date("2026-11-10"));
    expect(actors).toEqual([{ name: SAM.name, email: SAM.email, role: "citySolicitor" }]);
  });

  it("names a deputy as the deputy for the role, and others in their own role", () => {
    const deputy = { ...SAM, role: "citySolicitor" as const, asDeputy: true };
    expect(actorInWords(deputy, PORTSMOUTH_POLICY)).toBe(
      "Sam Rivers, deputy for the City Solicitor",
    );
    expect(roleInWords({ ...SAM, role: "citySolicitor" }, PORTSMOUTH_POLICY)).toBe(
      "City Solicitor",
    );
    expect(roleInWords({ ...SAM, role: "director" }, PORTSMOUTH_POLICY)).toBe(
      "director of corporate services",
    );
  });

  it("decides as the role: a deputy may decide not to tell the customer of a review change", () => {
    const deputy = actorsFor(SAM, ["serviceManager"], config, date("2026-11-11"))[1];
    if (!deputy) throw new Error("no deputy");
    const result = unwrap(
      applyCommand(
        extendedOnReview(),
        { kind: "recordNotice", notice: { kind: "notNotified", reason: "Would incite abuse." } },
        deputy,
        at("2026-11-11", "10:00"),
        config,
      ),
    );
    expect(result.record.entry.period?.notice).toMatchObject({
      kind: "notNotified",
      decidedBy: { name: "Sam Rivers", role: "citySolicitor", asDeputy: true },
    });
    expect(result.events[0]?.summary).toMatch(
      /^Sam Rivers, deputy for the City Solicitor, decided/,
    );
  });
});

describe("the deputies setting", () => {
  it("defaults to none", () => {
    expect(PORTSMOUTH_POLICY.deputies).toEqual([]);
  });

  it("normalises the address", () => {
    expect(config.deputies[0]?.email).toBe(address("sam.rivers@portsmouthcc.gov.uk"));
  });

  it.each<[string, unknown, string]>([
    [
      "a role the policy gives no deputy",
      [{ name: "A", email: "a@x.org", deputyFor: "director" }],
      "deputies[0].deputyFor must be one of assistantDirector, citySolicitor",
    ],
    [
      "a missing name",
      [{ email: "a@x.org", deputyFor: "citySolicitor" }],
      "deputies[0] must give the deputy's name, email and deputyFor.",
    ],
    [
      "dates out of order",
      [
        {
          name: "A",
          email: "a@x.org",
          deputyFor: "citySolicitor",
          from: "2026-12-01",
          until: "2026-11-01",
        },
      ],
      "deputies[0].until must not be before deputies[0].from.",
    ],
    [
      "a date that is not one",
      [{ name: "A", email: "a@x.org", deputyFor: "citySolicitor", from: "1/12/2026" }],
      "deputies[0].from must be a date written YYYY-MM-DD",
    ],
    [
      "an unknown field",
      [{ name: "A", email: "a@x.org", deputyFor: "citySolicitor", role: "x" }],
      'deputies[0] has an unknown field "role"',
    ],
    ["not a list", { name: "A" }, "deputies must be a non-empty list of deputies."],
  ])("refuses %s, naming it", (_label, deputies, message) => {
    const result = parsePolicyConfig({ deputies });
    expect(!result.ok && result.error.message).toContain(message);
  });

  it("accepts an empty list", () => {
    expect(unwrap(parsePolicyConfig({ deputies: [] })).deputies).toEqual([]);
  });
});
