/** scripts/build-manifest.ts: the manifest every build writes, and the tenant build's refusal. */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildManifest } from "../../scripts/build-manifest";
import { ManifestError, versionOf } from "../../scripts/make-manifest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const devXml = readFileSync(join(root, "manifest.xml"), "utf8");
const TENANT = {
  UCB_CLIENT_ID: "6c1f4e2a-0b7d-4c3e-9a15-2f8e7d6c5b4a",
  UCB_TENANT_ID: "5f0c9a7e-1111-4222-8333-944455556666",
  UCB_SITE_HOSTNAME: "council.sharepoint.com",
};

describe("the manifest a build writes", () => {
  it("refuses a tenant build without UCB_ADDIN_ORIGIN, saying what to set", () => {
    expect(() => buildManifest(devXml, TENANT, "0.1.0")).toThrow(ManifestError);
    expect(() => buildManifest(devXml, TENANT, "0.1.0")).toThrow(
      /^UCB_ADDIN_ORIGIN is not set\. A tenant build .* UCB_ADDIN_ORIGIN=https:\/\/addin\.council\.gov\.uk/,
    );
    expect(() => buildManifest(devXml, { ...TENANT, UCB_ADDIN_ORIGIN: "  " }, "0.1.0")).toThrow(
      /UCB_ADDIN_ORIGIN is not set/,
    );
    expect(() =>
      buildManifest(devXml, { UCB_AUTH_MODE: "naa", UCB_SITE_HOSTNAME: "x" }, "0.1.0"),
    ).toThrow(/UCB_ADDIN_ORIGIN is not set/);
  });

  it("refuses an origin that is not https, as the manifest command does", () => {
    expect(() =>
      buildManifest(
        devXml,
        { ...TENANT, UCB_ADDIN_ORIGIN: "http://addin.council.gov.uk" },
        "0.1.0",
      ),
    ).toThrow(/does not use https/);
  });

  it("writes the production manifest for the origin, at the release's version, and says so", () => {
    const built = buildManifest(
      devXml,
      { ...TENANT, UCB_ADDIN_ORIGIN: "https://addin.council.gov.uk" },
      "1.4.2",
    );
    expect(built.xml).not.toContain("localhost");
    expect(built.xml).toContain('DefaultValue="https://addin.council.gov.uk/taskpane.html"');
    expect(versionOf(built.xml)).toBe("1.4.2.0");
    expect(built.summary).toBe(
      "dist/manifest.xml: the production manifest for https://addin.council.gov.uk, version 1.4.2.0.",
    );
  });

  it("writes the development manifest for an emulator build, marked as not for deployment", () => {
    const built = buildManifest(devXml, {}, "0.2.0");
    expect(built.xml).toContain("https://localhost:3000/taskpane.html");
    expect(versionOf(built.xml)).toBe("0.2.0.0");
    expect(built.summary).toMatch(
      /development manifest \(https:\/\/localhost:3000\), version 0\.2\.0\.0; not for deployment/,
    );
  });

  it("refuses a release version a manifest cannot carry", () => {
    expect(() => buildManifest(devXml, {}, "1.0.0-rc.1")).toThrow(/cannot be a manifest <Version>/);
  });
});
