/**
 * Offline checks of manifest.xml and of the production manifest made from it: what
 * `npm run validate` (Microsoft's online service) would refuse, plus our own decisions
 * (docs/decisions.md: Mailbox 1.5, ReadWriteItem, a pinnable read pane, en-GB).
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Document, Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { makeProductionManifest } from "../../scripts/make-manifest";
import { NOTIFICATION_ICON_RESID } from "../../src/office/notifications";
import {
  checkIcons,
  checkOrder,
  checkResourceIds,
  checkStringLengths,
  checkUrls,
  declaredIconSizes,
  resources,
  urlsIn,
} from "../fixtures/manifest/checks";
import { allElements, parseXml, qualifiedName, xsiType } from "../fixtures/manifest/inspect";
import { NS } from "../fixtures/manifest/schema";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const devXml = readFileSync(join(root, "manifest.xml"), "utf8");
const PROD_ORIGIN = "https://addin.council.gov.uk";
const AUTH_ORIGINS = ["https://login.microsoftonline.com"];

/** What docs/decisions.md records; change both together. */
const DECIDED = { permission: "ReadWriteItem", mailboxMinVersion: "1.5", locale: "en-GB" };

const variants = [
  { name: "manifest.xml", xml: devXml, origin: "https://localhost:3000" },
  {
    name: "the production manifest",
    xml: makeProductionManifest(devXml, { origin: PROD_ORIGIN }),
    origin: PROD_ORIGIN,
  },
];

function byType(doc: Document, name: string, type: string): Element[] {
  return allElements(doc.documentElement as Element).filter(
    (e) => qualifiedName(e) === name && xsiType(e) === type,
  );
}

describe.each(variants)("$name", ({ xml, origin }) => {
  const doc = parseXml(xml);

  it("has its elements where, and in the order, the XSDs require", () => {
    expect(checkOrder(doc)).toEqual([]);
  });

  it("defines every resid exactly once, in the right collection, and uses every resource", () => {
    expect(checkResourceIds(doc, [NOTIFICATION_ICON_RESID])).toEqual([]);
    expect(resources(doc).length).toBeGreaterThan(5);
  });

  it("keeps display strings within the schema's limits", () => {
    expect(checkStringLengths(doc)).toEqual([]);
  });

  it(`serves everything over https from ${origin}, with only sign-in as another domain`, () => {
    expect(checkUrls(doc, origin, AUTH_ORIGINS)).toEqual([]);
    expect(urlsIn(doc).length).toBeGreaterThan(8);
    const appDomains = [...doc.getElementsByTagNameNS(NS.app, "AppDomain")].map((e) =>
      e.textContent?.trim(),
    );
    expect(appDomains).toEqual(AUTH_ORIGINS);
  });

  it("points the panes and the function file at the pages the build produces", () => {
    const urls = Object.fromEntries(
      resources(doc)
        .filter((r) => r.kind === "bt:Urls")
        .map((r) => [r.id, r.value]),
    );
    expect(urls).toEqual({
      "Commands.Url": `${origin}/commands.html`,
      "Taskpane.Url": `${origin}/taskpane.html`,
    });
    const formPages = [...doc.getElementsByTagNameNS(NS.app, "SourceLocation")].map((e) =>
      e.getAttribute("DefaultValue"),
    );
    expect(formPages).toEqual([`${origin}/taskpane.html`, `${origin}/taskpane.html`]);
  });

  it("has every declared icon in assets/ at its declared size", () => {
    expect(checkIcons(doc, root)).toEqual([]);
    expect(declaredIconSizes(doc)).toEqual([16, 32, 64, 80, 128]);
  });

  it("opens a pinnable pane when reading and a pane when writing", () => {
    const read = byType(doc, "vo11:ExtensionPoint", "MessageReadCommandSurface");
    const compose = byType(doc, "vo11:ExtensionPoint", "MessageComposeCommandSurface");
    expect(read).toHaveLength(1);
    expect(compose).toHaveLength(1);
    const readActions = byType(doc, "vo11:Action", "ShowTaskpane").filter((a) =>
      read.some((ep) => ep.contains(a)),
    );
    expect(readActions.length).toBeGreaterThan(0);
    for (const action of readActions) {
      const pinning = action.getElementsByTagNameNS(NS.vo11, "SupportsPinning")[0];
      expect(pinning?.textContent?.trim()).toBe("true");
    }
    const rules = byType(doc, "app:Rule", "ItemIs").map(
      (r) => `${r.getAttribute("ItemType")}/${r.getAttribute("FormType")}`,
    );
    expect(rules.sort()).toEqual(["Message/Edit", "Message/Read"]);
  });

  it("asks for the permission and Mailbox requirement set we decided on", () => {
    const permissions = doc.getElementsByTagNameNS(NS.app, "Permissions")[0];
    expect(permissions?.textContent?.trim()).toBe(DECIDED.permission);
    const baseSet = doc.getElementsByTagNameNS(NS.app, "Set")[0];
    expect([baseSet?.getAttribute("Name"), baseSet?.getAttribute("MinVersion")]).toEqual([
      "Mailbox",
      DECIDED.mailboxMinVersion,
    ]);
    const overrideSets = doc.getElementsByTagNameNS(NS.bt, "Sets")[0];
    expect(overrideSets?.getAttribute("DefaultMinVersion")).toBe(DECIDED.mailboxMinVersion);
    const overrideSet = doc.getElementsByTagNameNS(NS.bt, "Set")[0];
    expect(overrideSet?.getAttribute("Name")).toBe("Mailbox");
  });

  it("has a GUID id and UK English as its locale", () => {
    const id = doc.getElementsByTagNameNS(NS.app, "Id")[0]?.textContent ?? "";
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(doc.getElementsByTagNameNS(NS.app, "DefaultLocale")[0]?.textContent).toBe(
      DECIDED.locale,
    );
  });

  it("is worded in UK English", () => {
    const text = resources(doc)
      .map((r) => r.value)
      .concat(
        ["DisplayName", "Description"].map(
          (n) => doc.getElementsByTagNameNS(NS.app, n)[0]?.getAttribute("DefaultValue") ?? "",
        ),
      )
      .join(" ");
    expect(text).not.toMatch(/\b(behavior|color|organization|center|license|catalog)\b/i);
  });
});

// The checks above must be able to fail: each broken copy of manifest.xml is caught.
describe("the manifest checks catch", () => {
  const broken = (from: string, to: string) => {
    expect(devXml).toContain(from);
    return parseXml(devXml.replace(from, to));
  };

  it("malformed XML", () => {
    expect(() => parseXml(devXml.replace("</Permissions>", "</Permission>"))).toThrow();
  });

  it("elements out of schema order", () => {
    const swapped = broken(
      "<ProviderName>Council digital services</ProviderName>\n  <DefaultLocale>en-GB</DefaultLocale>",
      "<DefaultLocale>en-GB</DefaultLocale>\n  <ProviderName>Council digital services</ProviderName>",
    );
    expect(checkOrder(swapped)).toEqual([
      "OfficeApp[MailApp]/ProviderName: <ProviderName> must come before <DefaultLocale>",
    ]);
  });

  it("a missing required element, and one in the wrong place", () => {
    const missing = broken("<Permissions>ReadWriteItem</Permissions>", "");
    expect(checkOrder(missing)).toContain("OfficeApp[MailApp]: <Permissions> occurs 0 times (1)");
    const misplaced = broken(
      "<SupportsPinning>true</SupportsPinning>",
      "<SupportsPinning>true</SupportsPinning><Title resid='ReadButton.Label'/>",
    );
    expect(checkOrder(misplaced).join()).toMatch(/<Title> is not allowed in <Action>/);
  });

  it("an undefined resid, an unused resource and a resid of the wrong kind", () => {
    expect(checkResourceIds(broken('resid="Commands.Url"', 'resid="Command.Url"'), [])).toEqual([
      'resource "Commands.Url" is defined but never used',
      'OfficeApp[MailApp]/VersionOverrides[VersionOverridesV1_0]/VersionOverrides[VersionOverridesV1_1]/Hosts/Host[MailHost]/DesktopFormFactor/FunctionFile: resid "Command.Url" is not defined',
    ]);
    expect(checkResourceIds(parseXml(devXml), ["Icon.Missing"])).toEqual([
      'code uses resource "Icon.Missing", not defined',
    ]);
    const wrongKind = broken('<Label resid="Group.Label"/>', '<Label resid="ReadButton.Tooltip"/>');
    expect(checkResourceIds(wrongKind, []).join()).toMatch(
      /resid "ReadButton.Tooltip" is in bt:LongStrings, not bt:ShortStrings/,
    );
  });

  it("a URL that is not https, or on another host", () => {
    const http = broken(
      "https://localhost:3000/commands.html",
      "http://localhost:3000/commands.html",
    );
    expect(checkUrls(http, "https://localhost:3000", AUTH_ORIGINS).join()).toMatch(/is not https/);
    expect(checkUrls(parseXml(devXml), PROD_ORIGIN, AUTH_ORIGINS).length).toBeGreaterThan(8);
  });

  it("an icon missing from assets/ or of the wrong size", () => {
    const missing = broken("assets/icon-80.png", "assets/icon-81.png");
    expect(checkIcons(missing, root).join()).toMatch(/icon-81.png is not a file in assets/);
    const wrongSize = broken(
      '<bt:Image size="32" resid="Icon.32x32"/>',
      '<bt:Image size="32" resid="Icon.16x16"/>',
    );
    expect(checkIcons(wrongSize, root).join()).toMatch(/is 16×16, declared 32×32/);
  });

  it("a display string over the schema's limit", () => {
    const long = broken('DefaultValue="Check sender"', `DefaultValue="${"x".repeat(126)}"`);
    expect(checkStringLengths(long)).toEqual(['"ReadButton.Label" is 126 characters; at most 125']);
  });
});
