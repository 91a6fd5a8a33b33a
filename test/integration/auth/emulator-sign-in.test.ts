/**
 * The emulator sign-in against the real emulator (docs/emulator.md): its tokens open Graph,
 * and Graph refuses a request without one, or with an expired one, with 401.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../../emulator/server";
import { createEmulatorAuth } from "../../../src/auth/emulatorAuth";

const SITE = "/sites/council.sharepoint.com:/sites/ucb";
let emu: Awaited<ReturnType<typeof startEmulator>>;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, dataFile: ":memory:" });
});
afterAll(async () => {
  await emu.stop();
});

const signIn = (upn: string, expiresInSeconds?: number) =>
  createEmulatorAuth({
    tokenUrl: `${emu.url}/_emulator/token`,
    upn,
    roles: { source: "appRoles" },
    ...(expiresInSeconds !== undefined ? { expiresInSeconds } : {}),
  });

const getSite = (token?: string) =>
  fetch(`${emu.graphUrl}${SITE}`, token ? { headers: { Authorization: `Bearer ${token}` } } : {});

describe("emulator sign-in against the emulator", () => {
  it("gives a token Graph accepts, and the demo user with their role", async () => {
    const auth = signIn("priya.shah@council.example");

    const response = await getSite(await auth.getAccessToken());

    expect(response.status).toBe(200);
    expect(await auth.currentUser()).toEqual({
      name: "Priya Shah",
      email: "priya.shah@council.example",
      roles: ["serviceManager"],
    });
  });

  it("switches demo user", async () => {
    const auth = signIn("alex.morgan@council.example");
    expect((await auth.currentUser()).roles).toEqual(["frontline"]);

    const user = await auth.signInAs("jordan.lee@council.example");

    expect(user.roles).toEqual(["cityHelpdeskManager"]);
    expect((await getSite(await auth.getAccessToken())).status).toBe(200);
  });

  it("is refused with 401 without a token", async () => {
    const response = await getSite();

    expect(response.status).toBe(401);
    const body = (await response.json()) as { error?: { code?: string } };
    expect(body.error?.code).toBe("InvalidAuthenticationToken");
  });

  it("is refused with 401 with an expired token, and a fresh one works again", async () => {
    const expired = await signIn("alex.morgan@council.example", -60).getAccessToken();
    expect((await getSite(expired)).status).toBe(401);

    const auth = signIn("alex.morgan@council.example");
    await auth.getAccessToken();
    const fresh = await auth.getAccessToken({ forceRefresh: true });
    expect((await getSite(fresh)).status).toBe(200);
  });

  it("reports an unknown user as misconfigured", async () => {
    await expect(signIn("nobody@council.example").getAccessToken()).rejects.toMatchObject({
      code: "misconfigured",
    });
  });
});
