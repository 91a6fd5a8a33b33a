/**
 * npm run doctor against the emulator: a site set up as the guide says passes; a site set up
 * wrongly (a list missing, a column missing, a view missing, a permission level missing, the
 * time zone wrong, the manifest's version stale, frontline staff able to read case files) has
 * every fault named, with its fix.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildManifest } from "../../../scripts/build-manifest";
import { EMULATOR_FRONTLINE, runDoctor } from "../../../scripts/doctor";
import { report, type Finding } from "../../../scripts/doctor/checks";
import {
  sharePointFor,
  startInProcessEmulator,
  type InProcessEmulator,
} from "../../../scripts/emulator-in-process";
import { releaseVersion } from "../../../scripts/make-manifest";
import { EMULATOR_ADMIN } from "../../../scripts/provision";
import { configFromEnvironment, configScript } from "../../../src/config/environment";
import { SCHEMA } from "../../../src/graph";
import { toColumnDefinition } from "../../../src/graph/schema";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const devXml = readFileSync(join(root, "manifest.xml"), "utf8");
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A dist/ as `npm run build` writes it for the emulator, with the manifest given. */
function dist(manifestXml = buildManifest(devXml, {}, releaseVersion(root)).xml): string {
  const dir = mkdtempSync(join(tmpdir(), "doctor-dist-"));
  dirs.push(dir);
  const config = configFromEnvironment({});
  if (!config.ok) throw new Error(config.error.message);
  writeFileSync(join(dir, "config.js"), configScript(config.value));
  writeFileSync(join(dir, "manifest.xml"), manifestXml);
  return dir;
}

async function doctor(f: InProcessEmulator, distDir: string): Promise<Finding[]> {
  return runDoctor({
    target: "emulator",
    dist: distDir,
    root,
    expect: {},
    admin: {
      upn: EMULATOR_ADMIN,
      graph: f.clientFor(EMULATOR_ADMIN),
      accessToken: () => Promise.resolve(f.emu.tokenFor(EMULATOR_ADMIN)),
    },
    sharePoint: sharePointFor(f.emu, EMULATOR_ADMIN),
    frontline: {
      upn: EMULATOR_FRONTLINE,
      graph: f.clientFor(EMULATOR_FRONTLINE),
      accessToken: () => Promise.resolve(f.emu.tokenFor(EMULATOR_FRONTLINE)),
      roles: ["Frontline"],
    },
  });
}

const failures = (findings: readonly Finding[]) => findings.filter((x) => x.status === "fail");

describe("npm run doctor on a site set up as the guide says", () => {
  let f: InProcessEmulator;
  beforeAll(async () => {
    f = await startInProcessEmulator({ provision: true });
  });
  afterAll(() => f.stop());

  it("passes every check, nothing left to check by hand", async () => {
    const findings = await doctor(f, dist());
    expect(failures(findings)).toEqual([]);
    const passed = findings.filter((x) => x.status === "pass").map((x) => x.item);
    expect(passed).toEqual(
      expect.arrayContaining([
        "config.js",
        "manifest.xml: version",
        "the site",
        "UCB Register: the list",
        "UCB Case Documents: the library",
        "UCB Register: views",
        "UCB Contacts: views",
        "UCB Case Events: views",
        `${EMULATOR_ADMIN}'s token`,
        `${EMULATOR_FRONTLINE}'s role`,
        "UCB Case Files: closed to frontline staff",
        "UCB Case Events: closed to frontline staff",
        "UCB Case Documents: closed to frontline staff",
      ]),
    );
    expect(passed).toEqual(expect.arrayContaining(["permission levels", "time zone"]));
    expect(findings.filter((x) => x.status === "unchecked")).toEqual([]);
    expect(report(findings).text).toMatch(/\nAll \d+ checks passed\. /);
  });
});

describe("npm run doctor on a site set up wrongly", () => {
  let f: InProcessEmulator;
  let findings: Finding[];
  beforeAll(async () => {
    // Frontline staff (UCB Staff) were left on UCB Case Files.
    f = await startInProcessEmulator({
      provision: true,
      emulator: {
        // "UCB Add only" never created; the site left in UTC.
        roleDefinitions: [
          "Full Control",
          "Design",
          "Edit",
          "Contribute",
          "Read",
          "UCB Add and edit",
        ],
        timeZone: "UTC",
        listPermissions: {
          "UCB Case Files": {
            "UCB Staff": "read",
            "UCB Managers": "edit",
            "UCB Helpdesk": "contribute",
            "UCB Owners": "fullControl",
          },
        },
      },
    });
    const admin = f.clientFor(EMULATOR_ADMIN);
    const lists = `/sites/${f.emu.siteId}/lists`;
    // A list deleted by hand.
    await admin.api(`${lists}/${encodeURIComponent("UCB Case Events")}`).delete();
    // A list made by hand (or by an old release) without one of its columns.
    await admin.api(`${lists}/${encodeURIComponent("UCB Name Index")}`).delete();
    const spec = SCHEMA.nameIndex;
    const dropped = spec.columns.find((c) => c.name !== "Title");
    await admin.api(lists).post({
      displayName: spec.title,
      list: { template: "genericList" },
      columns: spec.columns
        .filter((c) => c.name !== "Title" && c.name !== dropped?.name)
        .map(toColumnDefinition),
    });
    // A view deleted by hand.
    await sharePointFor(f.emu, EMULATOR_ADMIN)
      .web.lists.getByTitle("UCB Register")
      .views.getByTitle("Reviews due")
      .delete();
    // The manifest of an earlier build, its version never raised.
    findings = await doctor(
      f,
      dist(devXml.replace(/<Version>[^<]*<\/Version>/, "<Version>1.0.0.0</Version>")),
    );
  });
  afterAll(() => f.stop());

  const finding = (item: string) => findings.find((x) => x.item === item);

  it("names the missing list, with the fix", () => {
    expect(finding("UCB Case Events: the list")).toEqual({
      status: "fail",
      item: "UCB Case Events: the list",
      detail: "it is missing",
      fix: "run npm run provision (docs/admin-setup.md step 6), then npm run doctor again",
    });
  });

  it("names the missing column, with the fix", () => {
    const dropped = SCHEMA.nameIndex.columns.find((c) => c.name !== "Title")?.name ?? "";
    expect(finding("UCB Name Index: columns")).toMatchObject({
      status: "fail",
      detail: `column ${dropped} missing`,
      fix: expect.stringMatching(/^run npm run provision/) as unknown,
    });
  });

  it("names the missing view, with the fix", () => {
    expect(finding("UCB Register: views")).toMatchObject({
      status: "fail",
      detail: '"Reviews due" missing',
      fix: expect.stringMatching(/npm run provision .*it makes the views/) as unknown,
    });
  });

  it("names the stale manifest version, with the fix", () => {
    expect(finding("manifest.xml: version")).toMatchObject({
      status: "fail",
      detail: `it says 1.0.0.0, but this release is ${releaseVersion(root)} (${releaseVersion(root)}.0)`,
      fix: expect.stringMatching(/^rebuild \(npm run build\).*higher <Version>/) as unknown,
    });
  });

  it("names frontline staff reading case files, with the fix", () => {
    expect(finding("UCB Case Files: closed to frontline staff")).toMatchObject({
      status: "fail",
      detail: `${EMULATOR_FRONTLINE} (frontline staff) can read it`,
      fix: expect.stringMatching(/stop inheriting permissions and remove UCB Staff/) as unknown,
    });
  });

  it("names the missing permission level, with the fix", () => {
    expect(finding("permission levels")).toMatchObject({
      status: "fail",
      detail: '"UCB Add only" missing',
      fix: expect.stringMatching(/Permission Levels \(step 7\.2\)/) as unknown,
    });
  });

  it("names the site's wrong time zone, with the fix", () => {
    expect(finding("time zone")).toMatchObject({
      status: "fail",
      detail: "the site's time zone is (UTC) Coordinated Universal Time",
      fix: expect.stringMatching(
        /\(UTC\+00:00\) Dublin, Edinburgh, Lisbon, London \(step 5\.3\)/,
      ) as unknown,
    });
  });

  it("finds these seven faults and nothing else, and says not to tell staff yet", () => {
    expect(failures(findings).map((x) => x.item)).toEqual([
      "manifest.xml: version",
      "UCB Case Events: the list",
      "UCB Name Index: columns",
      "UCB Register: views",
      "permission levels",
      "time zone",
      "UCB Case Files: closed to frontline staff",
    ]);
    const { text, failed } = report(findings);
    expect(failed).toBe(7);
    expect(text).toContain(
      "FAIL  UCB Case Events: the list: it is missing\n      Fix: run npm run provision",
    );
    expect(text.trimEnd().split("\n").at(-1)).toBe(
      "7 problems found. Fix them, then run npm run doctor again before telling staff.",
    );
  });
});
