/** npm run doctor's configuration checks, for a tenant build: each inconsistency named with its fix. */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildManifest } from "../../scripts/build-manifest";
import { checkConfiguration, type Finding } from "../../scripts/doctor/checks";
import { configFromEnvironment, configScript } from "../../src/config/environment";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const devXml = readFileSync(join(root, "manifest.xml"), "utf8");
const ORIGIN = "https://addin.council.gov.uk";
const TENANT = "5f0c9a7e-1111-4222-8333-944455556666";
const ENV = {
  UCB_CLIENT_ID: "6c1f4e2a-0b7d-4c3e-9a15-2f8e7d6c5b4a",
  UCB_TENANT_ID: TENANT,
  UCB_SITE_HOSTNAME: "council.sharepoint.com",
  UCB_ADDIN_ORIGIN: ORIGIN,
};

function configJs(env: Record<string, string>): string {
  const config = configFromEnvironment(env);
  if (!config.ok) throw new Error(config.error.message);
  return configScript(config.value);
}

const check = (overrides: Partial<Parameters<typeof checkConfiguration>[0]> = {}) =>
  checkConfiguration({
    configJs: configJs(ENV),
    manifestXml: buildManifest(devXml, ENV, "0.1.0").xml,
    release: "0.1.0",
    target: "tenant",
    expect: { tenant: TENANT, site: "https://council.sharepoint.com/sites/ucb", origin: ORIGIN },
    ...overrides,
  }).findings;
const failed = (findings: readonly Finding[]) => findings.filter((f) => f.status === "fail");

describe("the doctor's configuration checks, for a tenant", () => {
  it("pass a tenant build made as the guide says", () => {
    expect(failed(check())).toEqual([]);
    expect(check().map((f) => f.item)).toEqual([
      "config.js",
      "config.js: client id",
      "config.js: authority",
      "config.js: site",
      "manifest.xml: version",
      "manifest.xml: origin",
    ]);
  });

  it.each<[string, Partial<Parameters<typeof checkConfiguration>[0]>, string, RegExp, RegExp]>([
    [
      "an emulator build uploaded to a tenant",
      { configJs: configJs({}) },
      "config.js: sign-in",
      /signs in to the local emulator/,
      /UCB_CLIENT_ID, UCB_TENANT_ID and UCB_SITE_HOSTNAME/,
    ],
    [
      "config.js edited to a multi-tenant authority",
      {
        configJs: configJs(ENV).replace(
          `https://login.microsoftonline.com/${TENANT}`,
          "https://login.microsoftonline.com/organizations",
        ),
      },
      "config.js: authority",
      /names no tenant: every sign-in fails with AADSTS50194/,
      /https:\/\/login\.microsoftonline\.com\/<tenant id>/,
    ],
    [
      "another tenant",
      { expect: { tenant: "0f1e2d3c-0000-4000-8000-000000000000" } },
      "config.js: authority",
      /names tenant 5f0c9a7e-.*, not 0f1e2d3c-/,
      /your own tenant/,
    ],
    [
      "another site",
      { expect: { site: "https://council.sharepoint.com/sites/other" } },
      "config.js: site",
      /names https:\/\/council\.sharepoint\.com\/sites\/ucb, not https:\/\/council\.sharepoint\.com\/sites\/other/,
      /UCB_SITE_HOSTNAME, UCB_SITE_PATH/,
    ],
    [
      "the development manifest",
      { manifestXml: buildManifest(devXml, {}, "0.1.0").xml },
      "manifest.xml: origin",
      /development manifest \(https:\/\/localhost:3000\)/,
      /UCB_ADDIN_ORIGIN=<origin>/,
    ],
    [
      "a manifest for another origin",
      {
        manifestXml: buildManifest(
          devXml,
          { ...ENV, UCB_ADDIN_ORIGIN: "https://old.council.gov.uk" },
          "0.1.0",
        ).xml,
      },
      "manifest.xml: origin",
      /loads the add-in from https:\/\/old\.council\.gov\.uk, not https:\/\/addin\.council\.gov\.uk/,
      /UCB_ADDIN_ORIGIN=https:\/\/addin\.council\.gov\.uk/,
    ],
    [
      "a manifest from an earlier release",
      { release: "0.2.0" },
      "manifest.xml: version",
      /it says 0\.1\.0\.0, but this release is 0\.2\.0 \(0\.2\.0\.0\)/,
      /higher <Version>/,
    ],
    [
      "no manifest",
      { manifestXml: undefined },
      "manifest.xml",
      /no manifest\.xml in the build/,
      /UCB_ADDIN_ORIGIN/,
    ],
  ])("name %s, with the fix", (_what, overrides, item, detail, fix) => {
    const found = failed(check(overrides));
    expect(found.map((f) => f.item)).toEqual([item]);
    expect(found[0]?.detail).toMatch(detail);
    expect(found[0]?.fix).toMatch(fix);
  });

  it("names a config.js that is not valid, and stops there", () => {
    const findings = check({ configJs: "window.ucbConfig = { nope" });
    expect(findings).toEqual([
      expect.objectContaining({
        status: "fail",
        item: "config.js",
        detail: expect.stringMatching(/^its settings are not valid JSON/) as unknown,
      }),
    ]);
  });
});
