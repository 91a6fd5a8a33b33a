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
import {
  NOTIFICATION_ICON_RESID,
  NOTIFICATION_WARNING_ICON_RESID,
} from "../../src/office/notifications";
import {
  checkEventActivation,
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
import { LAUNCH_EVENT_TYPES, NS } from "../fixtures/manifest/schema";
import { COMPOSE_PANE_COMMAND_ID, LAUNCH_EVENT_HANDLERS } from "../../src/office/launchEvents";

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
    expect(
      checkResourceIds(doc, [NOTIFICATION_ICON_RESID, NOTIFICATION_WARNING_ICON_RESID]),
    ).toEqual([]);
    expect(resources(doc).length).toBeGreaterThan(5);
  });

  it("keeps display strings within the schema's limits", () => {
    expect(checkStringLengths(doc)).toEqual([]);
  });

  it(`serves everything over https from ${origin}, with only sign-in as another domain`, () => {
    expect(checkUrls(doc, origin, AUTH_ORIGINS)).toEqual([]);
    expect(urlsIn(doc).length).toBeGreaterThan(10);
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
    // The send check's runtime: the page for browser runtimes, the one script for classic
    // Windows (webpack.config.js emits both, the script without a content hash).
    expect(urls).toEqual({
      "Commands.Url": `${origin}/commands.html`,
      "Taskpane.Url": `${origin}/taskpane.html`,
      "WebViewRuntime.Url": `${origin}/launchevent.html`,
      "JSRuntime.Url": `${origin}/launchevent.js`,
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

  it("opens a pinnable pane when reading and when writing (compose panes pin too)", () => {
    const read = byType(doc, "vo11:ExtensionPoint", "MessageReadCommandSurface");
    const compose = byType(doc, "vo11:ExtensionPoint", "MessageComposeCommandSurface");
    expect(read).toHaveLength(1);
    expect(compose).toHaveLength(1);
    const readActions = byType(doc, "vo11:Action", "ShowTaskpane").filter((a) =>
      [...read, ...compose].some((ep) => ep.contains(a)),
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

  it("declares event-based activation as the reference states it", () => {
    expect(checkEventActivation(doc)).toEqual([]);
  });

  it("checks recipients as they change and stops a send, prompting the user (docs/decisions.md)", () => {
    const events = allElements(doc.documentElement as Element)
      .filter((e) => qualifiedName(e) === "vo11:LaunchEvent")
      .map((e) => ({
        type: e.getAttribute("Type"),
        handler: e.getAttribute("FunctionName"),
        sendMode: e.getAttribute("SendMode"),
      }));
    expect(events).toEqual([
      {
        type: "OnMessageRecipientsChanged",
        handler: LAUNCH_EVENT_HANDLERS.recipientsChanged,
        sendMode: null,
      },
      { type: "OnMessageSend", handler: LAUNCH_EVENT_HANDLERS.messageSend, sendMode: "PromptUser" },
    ]);
    // Requirement sets: the events' own (1.11, 1.12) are above the add-in's minimum, so clients
    // without them still load the pane and ignore the events.
    expect(events.map((e) => LAUNCH_EVENT_TYPES[e.type ?? ""])).toEqual(["1.11", "1.12"]);
  });

  it("opens the compose pane from the Smart Alerts dialog's button", () => {
    const compose = byType(doc, "vo11:ExtensionPoint", "MessageComposeCommandSurface")[0];
    const button = byType(doc, "vo11:Control", "Button").find(
      (c) => c.getAttribute("id") === COMPOSE_PANE_COMMAND_ID,
    );
    expect(button && compose?.contains(button)).toBe(true);
    expect(button?.getElementsByTagNameNS(NS.vo11, "Action")[0]?.getAttribute("xsi:type")).toBe(
      "ShowTaskpane",
    );
  });

  it("is available in shared mailboxes and delegated folders", () => {
    const shared = doc.getElementsByTagNameNS(NS.vo11, "SupportsSharedFolders");
    expect([...shared].map((e) => e.textContent?.trim())).toEqual(["true"]);
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
    const fromCode = [NOTIFICATION_WARNING_ICON_RESID];
    expect(
      checkResourceIds(broken('resid="Commands.Url"', 'resid="Command.Url"'), fromCode),
    ).toEqual([
      'resource "Commands.Url" is defined but never used',
      'OfficeApp[MailApp]/VersionOverrides[VersionOverridesV1_0]/VersionOverrides[VersionOverridesV1_1]/Hosts/Host[MailHost]/DesktopFormFactor/FunctionFile: resid "Command.Url" is not defined',
    ]);
    expect(checkResourceIds(parseXml(devXml), [...fromCode, "Icon.Missing"])).toEqual([
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

  it("SupportsSharedFolders after the FunctionFile, where the schema does not allow it", () => {
    const moved = broken(
      '<SupportsSharedFolders>true</SupportsSharedFolders>\n            <FunctionFile resid="Commands.Url"/>',
      '<FunctionFile resid="Commands.Url"/>\n            <SupportsSharedFolders>true</SupportsSharedFolders>',
    );
    expect(checkOrder(moved).join()).toMatch(
      /<FunctionFile> must come before <SupportsSharedFolders>|<SupportsSharedFolders> must come before/,
    );
  });

  it("an unknown event, a send mode on an event that is not a send, and a wrong send mode", () => {
    const unknown = broken('Type="OnMessageRecipientsChanged"', 'Type="OnRecipientsChanged"');
    expect(checkEventActivation(unknown).join()).toMatch(
      /"OnRecipientsChanged" is not an event type/,
    );
    const misplaced = broken(
      'FunctionName="onMessageRecipientsChangedHandler"/>',
      'FunctionName="onMessageRecipientsChangedHandler" SendMode="PromptUser"/>',
    );
    expect(checkEventActivation(misplaced).join()).toMatch(/SendMode is only for OnMessageSend/);
    const mode = broken('SendMode="PromptUser"', 'SendMode="Prompt"');
    expect(checkEventActivation(mode).join()).toMatch(/SendMode "Prompt" is not one of/);
  });

  it("a LaunchEvent whose source is not the runtime, and an override not of JavaScript", () => {
    const source = broken(
      '<SourceLocation resid="WebViewRuntime.Url"/>',
      '<SourceLocation resid="Taskpane.Url"/>',
    );
    expect(checkEventActivation(source).join()).toMatch(
      /SourceLocation \(Taskpane.Url\) must be the Runtime's resid/,
    );
    const html = broken('<Override type="javascript"', '<Override type="html"');
    expect(checkEventActivation(html).join()).toMatch(/must be of type "javascript"/);
    const longLived = broken(
      '<Runtime resid="WebViewRuntime.Url">',
      '<Runtime resid="WebViewRuntime.Url" lifetime="long">',
    );
    expect(checkEventActivation(longLived).join()).toMatch(/lifetime "short"/);
  });

  it("a runtime override pointing at a string rather than a URL", () => {
    const wrong = broken(
      '<Override type="javascript" resid="JSRuntime.Url"/>',
      '<Override type="javascript" resid="Group.Label"/>',
    );
    expect(checkResourceIds(wrong, [NOTIFICATION_ICON_RESID]).join()).toMatch(
      /resid "Group.Label" is in bt:ShortStrings, not bt:Urls/,
    );
  });

  it("a display string over the schema's limit", () => {
    const long = broken('DefaultValue="Check sender"', `DefaultValue="${"x".repeat(126)}"`);
    expect(checkStringLengths(long)).toEqual(['"ReadButton.Label" is 126 characters; at most 125']);
  });
});

describe("Outlook mobile (docs/decisions.md, issue 18)", () => {
  it("is not offered: no mobile form factor, as the guide says", () => {
    expect(devXml).not.toMatch(/MobileFormFactor|MobileMessageReadCommandSurface/);
    const guide = readFileSync(join(root, "docs", "admin-setup.md"), "utf8");
    expect(guide).toMatch(/\*\*Outlook on iOS and Android is not\s+supported\*\*/);
  });
});
