import { cleanup, render, screen, waitFor } from "@testing-library/react";
import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import "./testing/jsdomShims";
import { App } from "./App";
import { caseSummary, fakeUseCases, readCheck } from "./testing/fakeUseCases";
import { paneDeps, user } from "./testing/paneDeps";

afterEach(cleanup);

async function seriousViolations(root: HTMLElement) {
  // Colour contrast needs layout, which jsdom does not do; the browser tests check it.
  const result = await axe.run(root, { rules: { "color-contrast": { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
}

describe("accessibility of the read-mode pane", () => {
  it("has no serious or critical axe violations with a restricted sender", async () => {
    const { deps } = paneDeps({ user: user(["serviceManager"]) });
    const useCases = fakeUseCases(() =>
      Promise.resolve(
        readCheck({
          cases: [
            caseSummary({
              actions: { logContact: true, forwardToSpoc: true, refer: true, openCase: true },
            }),
          ],
          actions: {
            logContact: true,
            forwardToSpoc: true,
            raiseConcern: false,
            refer: true,
            openCase: true,
            findCase: true,
            immediateAction: false,
          },
        }),
      ),
    );
    const { container } = render(<App deps={deps} useCases={useCases} />);
    await waitFor(() =>
      expect(screen.getByRole("region", { name: "Verdict" }).dataset["verdict"]).toBe(
        "outsideTerms",
      ),
    );
    // The case's details and the log form follow the verdict: check them too.
    await screen.findByRole("region", { name: "Jo Bloggs" });
    await screen.findByRole("button", { name: "Log this contact" });
    expect(await seriousViolations(container)).toEqual([]);
  });
});
