/** scripts/make-manifest.ts: the production manifest an administrator deploys. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  DEV_ORIGIN,
  ManifestError,
  makeProductionManifest,
  manifestVersion,
  parseArguments,
  parseOrigin,
  releaseVersion,
  run,
  versionOf,
  WELL_KNOWN_PATH,
} from "../../scripts/make-manifest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const devXml = readFileSync(join(root, "manifest.xml"), "utf8");
const ORIGIN = "https://addin.council.gov.uk";

describe("the production origin", () => {
  it.each([
    ["https://addin.council.gov.uk", "https://addin.council.gov.uk"],
    ["https://addin.council.gov.uk/", "https://addin.council.gov.uk"],
    ["  https://ADDIN.council.gov.uk:8443 ", "https://addin.council.gov.uk:8443"],
  ])("accepts %j as %s", (raw, origin) => {
    expect(parseOrigin(raw)).toBe(origin);
  });

  it.each([
    ["http://addin.council.gov.uk", /does not use https/],
    ["addin.council.gov.uk", /is not a URL/],
    ["https://council.gov.uk/ucb", /has a path, query or fragment/],
    ["https://council.gov.uk/?v=2", /has a path, query or fragment/],
    ["https://council.gov.uk/#x", /has a path, query or fragment/],
    ["https://admin:secret@council.gov.uk", /user name or password/],
  ])("refuses %j, saying why", (raw, why) => {
    expect(() => parseOrigin(raw)).toThrow(ManifestError);
    expect(() => parseOrigin(raw)).toThrow(why);
  });
});

describe("makeProductionManifest", () => {
  const prod = makeProductionManifest(devXml, { origin: ORIGIN });

  it("moves every development URL to the production origin", () => {
    expect(devXml.split(DEV_ORIGIN).length - 1).toBeGreaterThan(8);
    expect(prod).not.toContain("localhost");
    expect(prod.split(`${ORIGIN}/`).length - 1).toBe(devXml.split(`${DEV_ORIGIN}/`).length - 1);
  });

  it("keeps everything else exactly as it was", () => {
    expect(prod.replaceAll(ORIGIN, DEV_ORIGIN)).toBe(devXml);
  });

  it("keeps the add-in id unless given another", () => {
    const id = /<Id>([^<]+)<\/Id>/.exec(devXml)?.[1];
    expect(prod).toContain(`<Id>${id}</Id>`);
    const other = makeProductionManifest(devXml, {
      origin: ORIGIN,
      id: "8C2F4A1E-5B7D-4E0A-9F13-2D6C8B9E0A41",
    });
    expect(other).toContain("<Id>8c2f4a1e-5b7d-4e0a-9f13-2d6c8b9e0a41</Id>");
    expect(other).not.toContain(`<Id>${id}</Id>`);
  });

  it("refuses an id that is not a GUID", () => {
    expect(() => makeProductionManifest(devXml, { origin: ORIGIN, id: "my-addin" })).toThrow(
      /is not a GUID/,
    );
  });

  it("does not touch a different localhost port, and refuses to leave it behind", () => {
    const other = devXml.replace(
      "https://localhost:3000/assets/support.html",
      "https://localhost:30001/assets/support.html",
    );
    expect(() => makeProductionManifest(other, { origin: ORIGIN })).toThrow(
      /still points at https:\/\/localhost:30001/,
    );
  });
});

describe("the manifest's version", () => {
  it.each([
    ["0.1.0", "0.1.0.0"],
    ["1.2.3", "1.2.3.0"],
    ["2", "2.0.0.0"],
    ["1.10.0", "1.10.0.0"],
    ["1.2.3.4", "1.2.3.4"],
    [" 01.2.0 ", "1.2.0.0"],
  ])("release %j is manifest version %s", (release, version) => {
    expect(manifestVersion(release)).toBe(version);
  });

  it.each(["1.2.0-beta.1", "1.2.0+build", "", "1.2.3.4.5", "123456.0.0", "v1.2.0"])(
    "refuses release %j, saying what would do",
    (release) => {
      expect(() => manifestVersion(release)).toThrow(/up to four numbers separated by dots/);
    },
  );

  it("rises with the release, compared part by part as Microsoft 365 compares them", () => {
    const parts = (v: string) => v.split(".").map(Number);
    const higher = (a: string, b: string) => {
      const [x, y] = [parts(a), parts(b)];
      const i = x.findIndex((n, k) => n !== y[k]);
      return i >= 0 && (x[i] ?? 0) > (y[i] ?? 0);
    };
    expect(higher(manifestVersion("0.10.0"), manifestVersion("0.9.3"))).toBe(true);
    expect(higher(manifestVersion("1.0.0"), manifestVersion("0.1.0"))).toBe(true);
  });

  it("of manifest.xml itself is the release's, so a sideloaded manifest matches the deployed one", () => {
    expect(versionOf(devXml)).toBe(manifestVersion(releaseVersion(root)));
  });

  it("is written into the production manifest, and nothing else changes", () => {
    const prod = makeProductionManifest(devXml, { origin: ORIGIN, release: "3.4.5" });
    expect(versionOf(prod)).toBe("3.4.5.0");
    expect(
      prod.replace("<Version>3.4.5.0</Version>", `<Version>${versionOf(devXml)}</Version>`),
    ).toBe(makeProductionManifest(devXml, { origin: ORIGIN }));
  });
});

describe("the command line", () => {
  it("reads --origin, --out, --id and --in, with defaults", () => {
    expect(parseArguments(["--origin", ORIGIN])).toEqual({
      origin: ORIGIN,
      // Outside dist/, which every build empties (issue 18).
      out: "release/manifest.xml",
      input: "manifest.xml",
    });
    expect(parseArguments([`--origin=${ORIGIN}`, "--out", "x.xml", "--id", "abc"])).toEqual({
      origin: ORIGIN,
      out: "x.xml",
      input: "manifest.xml",
      id: "abc",
    });
  });

  it.each([
    [[], /--origin is required/],
    [["--origin"], /--origin needs a value/],
    [["--origin", "--out", "x"], /--origin needs a value/],
    [["--origin", ORIGIN, "--url", "x"], /Unknown argument "--url"/],
  ])("explains %j", (argv, why) => {
    expect(() => parseArguments(argv)).toThrow(why);
  });

  const out = mkdtempSync(join(tmpdir(), "manifest-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("writes the file where --out says", () => {
    const file = join(out, "nested", "manifest.xml");
    expect(run(["--origin", ORIGIN, "--out", file], root)).toMatch(/^Wrote .*manifest.xml/);
    expect(readFileSync(file, "utf8")).toBe(
      makeProductionManifest(devXml, { origin: ORIGIN, release: releaseVersion(root) }),
    );
  });

  it("takes <Version> from the release's package.json, and says which", () => {
    const dir = mkdtempSync(join(out, "release-"));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ version: "2.3.1" }));
    writeFileSync(join(dir, "manifest.xml"), devXml);
    const file = join(dir, "dist", "manifest.xml");
    expect(run(["--origin", ORIGIN, "--out", file], dir)).toMatch(/, version 2\.3\.1\.0, and /);
    expect(versionOf(readFileSync(file, "utf8"))).toBe("2.3.1.0");
  });

  it("writes the well-known file that lets the send check use the origin in classic Outlook", () => {
    const file = join(out, "site", "manifest.xml");
    expect(run(["--origin", ORIGIN, "--out", file], root)).toMatch(
      /\/site\/\.well-known\/microsoft-officeaddins-allowed\.json \(serve it at https:\/\/addin\.council\.gov\.uk\/\.well-known\/microsoft-officeaddins-allowed\.json\)\.$/,
    );
    const allowed = JSON.parse(readFileSync(join(out, "site", WELL_KNOWN_PATH), "utf8")) as unknown;
    expect(allowed).toEqual({ allowed: [`${ORIGIN}/launchevent.js`] });
    // The file the manifest's JavaScript runtime points at, exactly.
    expect(makeProductionManifest(devXml, { origin: ORIGIN })).toContain(
      `DefaultValue="${ORIGIN}/launchevent.js"`,
    );
  });
});
