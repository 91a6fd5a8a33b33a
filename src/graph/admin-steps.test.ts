import { describe, expect, it } from "vitest";
import { adminSteps } from "./admin-steps";

const SITE = "https://council.sharepoint.com/sites/ucb";

describe("the steps npm run provision prints", () => {
  const steps = adminSteps(SITE);

  it("give every group Read on the site itself, and UCB Owners Full Control, as the guide does", () => {
    expect(steps).toContain(
      "   UCB Staff: Read; UCB Managers: Read; UCB Helpdesk: Read; UCB Owners: Full Control.",
    );
  });

  it("set the site's time zone to London, pointing at the guide's step", () => {
    expect(steps).toMatch(
      /4\. Time zone \(docs\/admin-setup\.md step 5\.3\)\. .*\n\s+\(UTC\+00:00\) Dublin, Edinburgh, Lisbon, London\./,
    );
  });

  it("grant Sites.Selected with the command, and keep Sites.Manage.All off the add-in's registration", () => {
    expect(steps).toContain(
      `npm run grant-site -- --tenant <tenant id> --client-id <add-in client id> --admin-client-id <granting registration> --site ${SITE}`,
    );
    expect(steps).toMatch(
      /Sites\.Manage\.All belongs to this command's registration \(UCB provisioning\), never to the\n\s+add-in's/,
    );
    expect(steps).not.toContain("POST https://graph.microsoft.com");
  });

  it("end with the preflight check", () => {
    expect(steps.trimEnd().split("\n").at(-1)).toBe(
      "7. Then check everything: npm run doctor (docs/admin-setup.md step 11).",
    );
  });
});
