import { describe, expect, it } from "vitest";
import { BEHAVIOUR_WORDING, describeBehaviour } from "./behaviour";
import { BEHAVIOUR_EXAMPLES } from "./types";

describe("behaviour examples (4.1)", () => {
  it.each(BEHAVIOUR_EXAMPLES)("%s has a label and the policy's description", (example) => {
    const wording = describeBehaviour(example);
    expect(wording.label.length).toBeGreaterThan(5);
    expect(wording.description).toMatch(/^[A-Z].*\.$/);
  });

  it("words every example differently", () => {
    const labels = Object.values(BEHAVIOUR_WORDING).map((w) => w.label);
    expect(new Set(labels).size).toBe(BEHAVIOUR_EXAMPLES.length);
  });

  it("keeps the policy's own examples", () => {
    expect(describeBehaviour("excessiveDemands").description).toContain("several times a day");
    expect(describeBehaviour("covertRecording").description).toContain(
      "without the prior knowledge and consent",
    );
  });
});
