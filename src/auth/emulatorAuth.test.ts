import { describe, expect, it } from "vitest";
import { isAuthError, type AuthError } from "../app/ports";
import { createEmulatorAuth, type EmulatorAuthOptions } from "./emulatorAuth";

const TOKEN_URL = "https://localhost:4443/_emulator/token";
const T0 = Date.UTC(2026, 10, 28, 9, 0, 0);

const DEMO: Record<string, { name: string; role?: string }> = {
  "alex.morgan@council.example": { name: "Alex Morgan", role: "Frontline" },
  "priya.shah@council.example": { name: "Priya Shah", role: "ServiceManager" },
  "it.admin@council.example": { name: "Site Admin" },
};

/** A stand-in for the emulator's token endpoint (docs/emulator.md), counting what it issues. */
function fakeEmulator(options: { expiresIn?: number; status?: number; body?: unknown } = {}) {
  const requests: { upn: string; expiresInSeconds?: number }[] = [];
  let issued = 0;
  const fetch: typeof globalThis.fetch = (input, init) => {
    expect(input instanceof Request ? input.url : input.toString()).toBe(TOKEN_URL);
    expect(init?.method).toBe("POST");
    const body = JSON.parse(typeof init?.body === "string" ? init.body : "{}") as {
      upn: string;
      expiresInSeconds?: number;
    };
    requests.push(body);
    const user = DEMO[body.upn];
    if (options.status) return Promise.resolve(new Response("{}", { status: options.status }));
    if (!user) return Promise.resolve(new Response('{"error":"unknown user"}', { status: 400 }));
    issued += 1;
    const answer = options.body ?? {
      access_token: `token-${issued}-${body.upn}`,
      token_type: "Bearer",
      expires_in: options.expiresIn ?? 3600,
      id_token_claims: {
        oid: `oid-${body.upn}`,
        preferred_username: body.upn,
        name: user.name,
        roles: user.role ? [user.role] : [],
      },
    };
    return Promise.resolve(Response.json(answer));
  };
  return { fetch, requests };
}

function setup(
  emulator: ReturnType<typeof fakeEmulator>,
  extra: Partial<EmulatorAuthOptions> = {},
) {
  let clock = T0;
  const auth = createEmulatorAuth({
    tokenUrl: TOKEN_URL,
    upn: "alex.morgan@council.example",
    roles: { source: "appRoles" },
    fetch: emulator.fetch,
    now: () => clock,
    ...extra,
  });
  return { auth, advance: (seconds: number) => (clock += seconds * 1000) };
}

async function authError(p: Promise<unknown>): Promise<AuthError> {
  const e: unknown = await p.then(
    () => new Error("expected an AuthError"),
    (err: unknown) => err,
  );
  if (!isAuthError(e)) throw e instanceof Error ? e : new Error(String(e));
  return e;
}

describe("emulator sign-in", () => {
  it("signs in as the demo user and reuses the token while it is fresh", async () => {
    const emulator = fakeEmulator();
    const { auth } = setup(emulator);

    const [a, b] = await Promise.all([auth.getAccessToken(), auth.getAccessToken()]);

    expect(a).toBe("token-1-alex.morgan@council.example");
    expect(b).toBe(a);
    expect(emulator.requests).toEqual([{ upn: "alex.morgan@council.example" }]);
    expect(await auth.currentUser()).toEqual({
      name: "Alex Morgan",
      email: "alex.morgan@council.example",
      roles: ["frontline"],
    });
  });

  it("renews a token about to expire, and on forceRefresh (Graph's 401 hook)", async () => {
    const emulator = fakeEmulator({ expiresIn: 300 });
    const { auth, advance } = setup(emulator, { renewBeforeSeconds: 60, expiresInSeconds: 300 });

    const first = await auth.getAccessToken();
    advance(200);
    expect(await auth.getAccessToken()).toBe(first);
    advance(41);
    const second = await auth.getAccessToken();
    const third = await auth.getAccessToken({ forceRefresh: true });

    expect(new Set([first, second, third]).size).toBe(3);
    expect(emulator.requests.every((r) => r.expiresInSeconds === 300)).toBe(true);
  });

  it("switches user for the harness's user switcher", async () => {
    const emulator = fakeEmulator();
    const { auth } = setup(emulator);
    await auth.getAccessToken();

    const user = await auth.signInAs(" Priya.Shah@council.example ");

    expect(user.roles).toEqual(["serviceManager"]);
    expect(auth.upn()).toBe("priya.shah@council.example");
    expect(await auth.getAccessToken()).toBe("token-2-priya.shah@council.example");
  });

  it("never hands out a token fetched for the user signed in before a switch", async () => {
    const emulator = fakeEmulator();
    const { auth } = setup(emulator);

    const early = auth.getAccessToken();
    await auth.signInAs("priya.shah@council.example");

    expect(await early).toMatch(/priya\.shah/);
    expect(await auth.getAccessToken()).toMatch(/priya\.shah/);
  });

  it("gives a demo user with no app role no roles", async () => {
    const { auth } = setup(fakeEmulator(), { upn: "it.admin@council.example" });
    expect((await auth.currentUser()).roles).toEqual([]);
  });

  it("reports an unknown demo user as misconfigured", async () => {
    const { auth } = setup(fakeEmulator(), { upn: "nobody@council.example" });
    const e = await authError(auth.getAccessToken());
    expect(e.code).toBe("misconfigured");
    expect(e.message).toContain("nobody@council.example");
  });

  it.each([
    ["a server error", { status: 503 }],
    ["a malformed answer", { body: { access_token: "", expires_in: 60 } }],
    ["an answer without claims", { body: { access_token: "t", expires_in: 60 } }],
  ])("reports %s as unavailable", async (_what, options) => {
    const { auth } = setup(fakeEmulator(options));
    expect((await authError(auth.getAccessToken())).code).toBe("unavailable");
  });

  it("reports an emulator that cannot be reached as unavailable, and tries again next time", async () => {
    const emulator = fakeEmulator();
    let down = true;
    const { auth } = setup(emulator, {
      fetch: (input, init) =>
        down ? Promise.reject(new TypeError("fetch failed")) : emulator.fetch(input, init),
    });

    expect((await authError(auth.getAccessToken())).code).toBe("unavailable");
    down = false;
    expect(await auth.getAccessToken()).toMatch(/^token-1-/);
  });
});
