/**
 * npm run grant-site against the emulator: the Sites.Selected grant, made once, left alone the
 * second time, corrected when its role is wrong, refused to anyone who may not grant.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  startInProcessEmulator,
  type InProcessEmulator,
} from "../../../scripts/emulator-in-process";
import { GRANT_SCOPE, grantSite } from "../../../scripts/grant-site";
import { EMULATOR_ADMIN } from "../../../scripts/provision";
import { createGraphClient } from "../../../src/graph";

const APP = "0b7c4e21-5d3a-4f6b-9c8e-1a2b3c4d5e6f";
const ALEX = "alex.morgan@council.example";

describe("npm run grant-site against the emulator", () => {
  let f: InProcessEmulator;
  beforeAll(async () => {
    f = await startInProcessEmulator({ provision: true });
  });
  afterAll(() => f.stop());

  const clientAs = (upn: string, scopes: readonly string[], appId?: string) =>
    createGraphClient({
      baseUrl: f.emu.graphUrl,
      customHosts: ["localhost"],
      tokenProvider: {
        getAccessToken: () =>
          Promise.resolve(
            f.emu.tokenFor(upn, { scopes: [...scopes], ...(appId ? { appId } : {}) }),
          ),
      },
      retry: { maxRetries: 0, delaySeconds: 0 },
    });
  const admin = () => clientAs(EMULATOR_ADMIN, [GRANT_SCOPE]);
  /** The add-in, as a frontline user, with only Sites.Selected: can it read the register? */
  const addinReads = async () => {
    try {
      // Frontline staff read the restrictions in force (need to know), through the app's grant.
      await clientAs(ALEX, ["Sites.Selected", "User.Read"], APP)
        .api(
          `/sites/${f.emu.siteId}/lists/${encodeURIComponent("UCB Restrictions In Force")}/items`,
        )
        .get();
      return true;
    } catch {
      return false;
    }
  };

  it("grants write once, says so, and the add-in's Sites.Selected token then reaches the site", async () => {
    expect(await addinReads()).toBe(false);
    const lines: string[] = [];
    const outcome = await grantSite({
      client: admin(),
      site: f.site,
      appId: APP,
      log: (l) => lines.push(l),
    });
    expect(outcome.kind).toBe("created");
    expect(lines).toEqual([
      `Site council.sharepoint.com/sites/ucb: ${f.emu.siteId}`,
      `Granted write on council.sharepoint.com/sites/ucb to the app ${APP} (permission ${outcome.permissionId}).`,
    ]);
    expect(await addinReads()).toBe(true);
    const listed = (await admin().api(`/sites/${f.emu.siteId}/permissions`).get()) as {
      value: {
        roles: string[];
        grantedToIdentitiesV2: { application: { id: string; displayName: string } }[];
      }[];
    };
    expect(listed.value).toContainEqual(
      expect.objectContaining({
        roles: ["write"],
        grantedToIdentitiesV2: [
          { application: { id: APP, displayName: "UCB customer contact restrictions" } },
        ],
      }),
    );
  });

  it("changes nothing the second time, and says so", async () => {
    const lines: string[] = [];
    const outcome = await grantSite({
      client: admin(),
      site: f.site,
      appId: APP.toUpperCase(),
      log: (l) => lines.push(l),
    });
    expect(outcome.kind).toBe("unchanged");
    expect(lines.at(-1)).toBe(
      `Nothing to change: the app ${APP} already has write on council.sharepoint.com/sites/ucb.`,
    );
    const listed = (await admin().api(`/sites/${f.emu.siteId}/permissions`).get()) as {
      value: { grantedToIdentitiesV2: { application: { id: string } }[] }[];
    };
    expect(
      listed.value.filter((p) => p.grantedToIdentitiesV2[0]?.application.id === APP),
    ).toHaveLength(1);
  });

  it("corrects a grant whose role is wrong, naming the change", async () => {
    const id = (
      await grantSite({ client: admin(), site: f.site, appId: APP, log: () => undefined })
    ).permissionId;
    await admin()
      .api(`/sites/${f.emu.siteId}/permissions/${encodeURIComponent(id)}`)
      .patch({ roles: ["read"] });
    expect(await addinReads()).toBe(true);
    const lines: string[] = [];
    const outcome = await grantSite({
      client: admin(),
      site: f.site,
      appId: APP,
      log: (l) => lines.push(l),
    });
    expect(outcome).toEqual({ kind: "updated", permissionId: id, from: ["read"] });
    expect(lines.at(-1)).toBe(
      `Changed the app ${APP}'s role on council.sharepoint.com/sites/ucb from read to write.`,
    );
  });

  it("is refused without Sites.FullControl.All, or to someone who is not an administrator, saying who may grant", async () => {
    for (const client of [
      clientAs(EMULATOR_ADMIN, ["Sites.Manage.All"]),
      clientAs(ALEX, [GRANT_SCOPE]),
    ]) {
      await expect(
        grantSite({
          client,
          site: f.site,
          appId: "11111111-2222-4333-8444-555555555555",
          log: () => undefined,
        }),
      ).rejects.toThrow(
        /refused to list the site's permissions \(403: .*SharePoint Administrator or Global Administrator.*Sites\.FullControl\.All/,
      );
    }
  });
});
