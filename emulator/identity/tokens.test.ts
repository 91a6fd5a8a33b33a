import { describe, expect, it } from "vitest";
import { loadDirectory } from "./directory";
import { issueToken, verifyAuthorization } from "./tokens";

const directory = loadDirectory();
const NOW = new Date("2026-06-01T12:00:00Z");

function forge(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${part({ alg: "none", typ: "JWT" })}.${part(claims)}.`;
}

describe("tokens", () => {
  it("round-trips a demo user's token with their default scopes", () => {
    const { access_token } = issueToken(directory, "Alex.Morgan@council.example", {}, NOW);
    const caller = verifyAuthorization(directory, `Bearer ${access_token}`, NOW);
    expect(caller.user.upn).toBe("alex.morgan@council.example");
    expect([...caller.scopes]).toEqual(["Sites.ReadWrite.All", "User.Read"]);
  });

  it("gives the site admin Sites.Manage.All as well", () => {
    const { access_token } = issueToken(directory, "it.admin@council.example", {}, NOW);
    expect(
      verifyAuthorization(directory, `Bearer ${access_token}`, NOW).scopes.has("Sites.Manage.All"),
    ).toBe(true);
  });

  it("puts the app role in the ID token claims", () => {
    expect(
      issueToken(directory, "jordan.lee@council.example", {}, NOW).id_token_claims.roles,
    ).toEqual(["CityHelpdeskManager"]);
    expect(
      issueToken(directory, "it.admin@council.example", {}, NOW).id_token_claims.roles,
    ).toEqual([]);
  });

  it.each([
    ["no header", undefined, /^Access token is empty\.$/],
    ["an empty bearer", "Bearer ", /^Access token is empty\.$/],
    ["no dots", "Bearer abc", /not well formed/],
    ["garbage segments", "Bearer a.b.c", /CompactToken/],
  ])("refuses %s with 401 InvalidAuthenticationToken", (_what, header, message) => {
    expect(() => verifyAuthorization(directory, header, NOW)).toThrow(
      expect.objectContaining({
        status: 401,
        code: "InvalidAuthenticationToken",
        message: expect.stringMatching(message) as unknown,
      }),
    );
  });

  it("refuses an expired token", () => {
    const { access_token } = issueToken(
      directory,
      "alex.morgan@council.example",
      { expiresInSeconds: 60 },
      NOW,
    );
    const later = new Date(NOW.getTime() + 61_000);
    expect(() => verifyAuthorization(directory, `Bearer ${access_token}`, later)).toThrow(
      /expired/,
    );
  });

  it("refuses a hand-made token for someone who is not a demo user, or with another audience", () => {
    const { access_token } = issueToken(directory, "alex.morgan@council.example", {}, NOW);
    const claims = JSON.parse(
      Buffer.from(access_token.split(".")[1] ?? "", "base64url").toString(),
    ) as Record<string, unknown>;
    expect(() =>
      verifyAuthorization(
        directory,
        `Bearer ${forge({ ...claims, upn: "mallory@evil.example" })}`,
        NOW,
      ),
    ).toThrow(expect.objectContaining({ status: 401 }));
    expect(() =>
      verifyAuthorization(directory, `Bearer ${forge({ ...claims, aud: "api://other" })}`, NOW),
    ).toThrow(/Invalid audience/);
  });
});
