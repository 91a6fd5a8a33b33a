import { describe, expect, it } from "vitest";
import { demoCases, demoSenders } from "../scripts/demo/cases";
import { normaliseAddress } from "../src/domain/address";
import { demoDraft, demoMessages } from "./demo-messages";

const NOW = new Date("2026-11-26T14:05:00Z"); // a Thursday afternoon in London
const cases = demoCases(NOW);
const messages = demoMessages(cases, NOW);
const london = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", {
    weekday: "long",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/London",
  }).format(new Date(iso));

describe("the harness's demo inbox", () => {
  it("has a message from every sender of the demo cases, and none from the future", () => {
    const from = new Set(messages.map((m) => m.from.address));
    for (const sender of demoSenders(cases)) expect(from).toContain(sender.address);
    expect(messages.every((m) => Date.parse(m.received) <= NOW.getTime())).toBe(true);
  });

  it("lists the newest first, each with its own item and internet message ids", () => {
    const times = messages.map((m) => Date.parse(m.received));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
    expect(new Set(messages.map((m) => m.internetMessageId)).size).toBe(messages.length);
  });

  it("shows the allowed-hours case inside and outside its hours, in London time", () => {
    const windowCase = cases.find((c) => c.newCase.entry.terms?.contactWindows);
    const address = windowCase?.newCase.addresses[0]?.address;
    const theirs = messages
      .filter((m) => m.from.address === address && m.created === undefined)
      .map((m) => m.received);
    expect(theirs.map(london).sort()).toEqual(["Thursday 10:30", "Wednesday 22:30"].sort());
  });

  it("has real Outlook's awkward items: a re-filed message, a Mac-style id, and a draft with an unresolved and an X.500 recipient", () => {
    const refiled = messages.find((m) => m.created !== undefined);
    expect(refiled && Date.parse(refiled.created ?? "") - Date.parse(refiled.received)).toBe(
      12 * 60 * 60_000,
    );
    expect(refiled && london(refiled.received)).toMatch(/ 11:15$/);
    const mac = messages.filter((m) => !m.internetMessageId.startsWith("<"));
    expect(mac).toHaveLength(1);
    const logged = new Set(cases.flatMap((c) => c.contacts.map((k) => k.messageId)));
    expect(logged.has(`<${mac[0]?.internetMessageId ?? ""}>`)).toBe(true);
    const draft = demoDraft(cases);
    expect(draft.to.filter((p) => "unresolved" in p && p.unresolved)).toHaveLength(1);
    expect(draft.to.some((p) => p.address.startsWith("/o=ExchangeLabs/"))).toBe(true);
    expect(draft.cc.some((p) => p.address === "")).toBe(true);
  });

  it("includes a message already in the contact log, and senders the register does not know", () => {
    const logged = new Set(cases.flatMap((c) => c.contacts.map((k) => k.messageId)));
    expect(messages.filter((m) => logged.has(m.internetMessageId))).toHaveLength(1);
    const known = new Set(demoSenders(cases).map((s) => s.address as string));
    const normalised = (raw: string) => {
      const address = normaliseAddress(raw);
      return address.ok ? address.value : raw;
    };
    const strangers = messages.filter((m) => !known.has(normalised(m.from.address)));
    expect(strangers.length).toBeGreaterThanOrEqual(3);
    expect(
      strangers.some((m) => m.from.name.includes("<script") || m.subject.includes("<script")),
    ).toBe(true);
  });

  it("sends a SPOC-only customer's message to a service mailbox too, to show 'not to the SPOC'", () => {
    const spocOnly = cases.find((c) => c.newCase.entry.terms?.spocOnly === true);
    const address = spocOnly?.newCase.addresses[0]?.address;
    const recipients = messages
      .filter((m) => m.from.address === address)
      .map((m) => m.to.map((t) => t.address).join());
    expect(recipients).toContain("priya.shah@council.example");
    expect(recipients.some((r) => !r.includes("priya.shah"))).toBe(true);
  });

  it("copies a SPOC-only customer's message to other officers, restricted and monitored alike", () => {
    const copied = messages.filter(
      (m) =>
        m.to.some((t) => t.address === "priya.shah@council.example") &&
        m.cc.length > 0 &&
        m.subject.endsWith("(copied)"),
    );
    expect(copied.map((m) => m.note)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("outside the terms; only the SPOC replies"),
        expect.stringContaining("outside the agreed arrangement; only the SPOC replies"),
      ]),
    );
  });

  it("has the internationalised sender as a person writes the address, not only as it is kept", () => {
    const unicode = messages.filter((m) => m.from.address.includes("Bücher"));
    expect(unicode).toHaveLength(1);
    expect(normaliseAddress(unicode[0]?.from.address ?? "")).toEqual({
      ok: true,
      value: "jürgen.müller@xn--bcher-kva.example",
    });
  });

  it("puts the message to the service mailbox in that shared mailbox", () => {
    const shared = messages.filter((m) => m.mailbox !== undefined);
    expect(shared.length).toBeGreaterThan(0);
    for (const m of shared) expect(m.to.map((t) => t.address)).toContain(m.mailbox?.address);
  });
});
