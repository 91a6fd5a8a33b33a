import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY, parsePolicyConfig } from "../../domain/config";
import { DEFAULT_PRIVACY_NOTICE } from "../../domain/privacyNotice";
import { date, unwrap } from "../../domain/testFixtures";
import { SERVICE_MANAGER, confirmed } from "../../domain/testScenario";
import { stepOneLetter } from "./stepOneLetter";

describe("the step-one letter's privacy information (Article 13)", () => {
  const facts = { record: confirmed(), signedBy: SERVICE_MANAGER, today: date("2026-10-02") };

  it("tells the customer how the record is used, kept and challenged", () => {
    const letter = stepOneLetter(facts, PORTSMOUTH_POLICY);
    expect(letter.content.paragraphs).toContain(DEFAULT_PRIVACY_NOTICE);
    for (const words of ["Article 6(1)(e)", "six years", "Information Commissioner", "correct"]) {
      expect(letter.body).toContain(words);
    }
  });

  it("prints the council's own text when configured, and refuses an empty one", () => {
    const own = "How we use your information: see our privacy notice at example.gov.uk/privacy.";
    const config = unwrap(parsePolicyConfig({ privacyNotice: own }));
    const letter = stepOneLetter(facts, config);
    expect(letter.content.paragraphs.at(-1)).toBe(own);
    expect(letter.body).not.toContain(DEFAULT_PRIVACY_NOTICE);
    expect(parsePolicyConfig({ privacyNotice: "" }).ok).toBe(false);
  });
});
