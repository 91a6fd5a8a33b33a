/**
 * The harness's demo inbox, built from the demo cases (scripts/demo) at a given moment: a message
 * from every sender of a case (customers and representatives, at every stage), extra messages
 * where the terms make the time or the recipient matter, the latest message already in the
 * contact log, and senders the register does not know. Each says what it demonstrates.
 */
import { Buffer } from "node:buffer";
import { addDays, isoWeekdayOf } from "../src/domain/localDate";
import type { LocalDate } from "../src/domain/types";
import { londonDate, londonInstant } from "../scripts/demo/calendar";
import { demoSenders, type DemoCase } from "../scripts/demo/cases";
import { UNICODE_SENDER_AS_WRITTEN, UNICODE_SENDER_STORED } from "../scripts/demo/cases-restricted";
import { ALEX, CHRIS, DANA, JORDAN, MORGAN, PRIYA } from "../scripts/demo/people";
import type { Mailbox, MessageData } from "./client/protocol";

export type DemoUser = {
  readonly upn: string;
  readonly displayName: string;
  /** The role as staff would say it. */
  readonly role: string;
};

/** One demo user per role (docs/emulator.md); the first is who the harness starts as. */
export const DEMO_USERS: readonly DemoUser[] = [
  { upn: ALEX.email, displayName: ALEX.name, role: "Frontline staff" },
  { upn: PRIYA.email, displayName: PRIYA.name, role: "Service manager" },
  { upn: JORDAN.email, displayName: JORDAN.name, role: "City helpdesk manager" },
  { upn: MORGAN.email, displayName: MORGAN.name, role: "Assistant director of corporate services" },
  { upn: CHRIS.email, displayName: CHRIS.name, role: "City Solicitor" },
  { upn: DANA.email, displayName: DANA.name, role: "Director of corporate services" },
];

const MINUTE = 60_000;
const SPOC: Mailbox = { name: PRIYA.name, address: PRIYA.email };

/** An EWS-shaped item id (Outlook's itemId is base64), stable for a demo message number. */
export function demoItemId(key: string): string {
  return `AAMkAGhhcm5lc3MtZGVtbw${Buffer.from(key).toString("base64url")}`;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z]+/g, ".")
    .replace(/^\.|\.$/g, "");

/** The latest instant at `time` (London) on one of `days` (ISO weekdays) that is not after `now`. */
function lastAllowedDay(now: Date, days: readonly number[], time: string): Date {
  for (let back = 0; back < 14; back++) {
    const date: LocalDate = addDays(londonDate(now), -back);
    const at = londonInstant(date, time);
    if (days.includes(isoWeekdayOf(date)) && at <= now) return at;
  }
  return londonInstant(addDays(londonDate(now), -7), time);
}

type Draft = Omit<MessageData, "id" | "internetMessageId"> & {
  readonly internetMessageId?: string;
};

function body(name: string, lines: readonly string[]): string {
  return ["Dear Sir or Madam,", "", ...lines, "", "Yours faithfully,", name].join("\n");
}

function caseMessages(cases: readonly DemoCase[], now: Date): Draft[] {
  const drafts: Draft[] = [];
  let minutesAgo = 4;
  const byRef = new Map(cases.map((c) => [c.newCase.entry.ref, c]));
  for (const sender of demoSenders(cases)) {
    const c = byRef.get(sender.ref);
    if (!c) continue;
    const entry = c.newCase.entry;
    const name =
      sender.kind === "representative"
        ? (entry.representative?.name ?? "Representative")
        : entry.customerName;
    const from: Mailbox = { name, address: sender.address };
    const spoc: Mailbox = entry.spoc ? { name: entry.spoc.name, address: entry.spoc.email } : SPOC;
    const lastSubject = [...c.contacts].reverse().find((k) => k.from === sender.address)?.subject;
    const subject = lastSubject
      ? `Re: ${lastSubject}`
      : `About my ${entry.serviceArea.toLowerCase()} case`;
    const note =
      sender.kind === "representative"
        ? `From the representative of ${entry.customerName} (${entry.ref}). ${sender.shows}`
        : `${entry.customerName} (${entry.ref}, ${entry.stage}). ${sender.shows}`;
    const text =
      sender.kind === "representative"
        ? body(name, [
            `I am writing on behalf of ${entry.customerName} about ${subject.replace(/^Re: /, "")}.`,
          ])
        : body(name, [
            `I am writing again about ${subject.replace(/^Re: /, "")}.`,
            "Please reply today.",
          ]);
    const windows = entry.terms?.contactWindows;
    if (windows && windows.length > 0 && sender.kind === "customer") {
      const w = windows[0];
      const inside = lastAllowedDay(now, w?.days ?? [], "10:30");
      drafts.push({
        from,
        to: [spoc],
        cc: [],
        subject,
        body: text,
        note: `${note} Sent at 10:30 on an allowed day: within the hours.`,
        received: inside.toISOString(),
      });
      const lateYesterday = londonInstant(addDays(londonDate(now), -1), "22:30");
      drafts.push({
        from,
        to: [spoc],
        cc: [],
        subject: `${subject} (late)`,
        body: text,
        note: `${note} Sent at 22:30: outside the allowed hours.`,
        received: lateYesterday.toISOString(),
      });
      continue;
    }
    drafts.push({
      from,
      to: [spoc],
      cc: [],
      subject,
      body: text,
      note,
      received: new Date(now.getTime() - minutesAgo * MINUTE).toISOString(),
    });
    minutesAgo += 9;
    // Contact limited to the SPOC, by restrictions or by the arrangement agreed at step one.
    const restricted = entry.stage === "restricted" && entry.terms?.spocOnly === true;
    const agreed = entry.stage === "monitoring" && entry.arrangement?.terms.spocOnly === true;
    if ((restricted || agreed) && sender.kind === "customer") {
      const mailbox: Mailbox = {
        name: entry.serviceArea,
        address: `${slug(entry.serviceArea)}@council.example`,
      };
      const outside = restricted ? "outside the terms" : "outside the agreed arrangement";
      drafts.push({
        from,
        to: [mailbox],
        cc: [],
        subject,
        body: text,
        // It arrives in the service's shared mailbox: the pane works there too.
        mailbox,
        note: `${note} Sent to ${mailbox.address}, not the SPOC or deputy: ${outside}. It is in the ${entry.serviceArea} shared mailbox.`,
        received: new Date(now.getTime() - minutesAgo * MINUTE).toISOString(),
      });
      minutesAgo += 9;
      drafts.push({
        from,
        to: [spoc],
        cc: [mailbox, { name: "Councillor Jones", address: "cllr.jones@council.example" }],
        subject: `${subject} (copied)`,
        body: text,
        note: `${note} Sent to the SPOC and copied to two other council officers: ${outside}; only the SPOC replies, to the customer alone.`,
        received: new Date(now.getTime() - minutesAgo * MINUTE).toISOString(),
      });
      minutesAgo += 9;
    }
  }
  return drafts;
}

/**
 * A sender whose address is internationalised, written as a person sees it (the Unicode
 * domain, capitals): the pane matches it to the case registered in the one normalised form.
 */
function unicodeSender(cases: readonly DemoCase[], now: Date): Draft[] {
  const found = cases.find((c) =>
    c.newCase.addresses.some((a) => a.address === UNICODE_SENDER_STORED),
  );
  if (!found) return [];
  const entry = found.newCase.entry;
  return [
    {
      from: { name: entry.customerName, address: UNICODE_SENDER_AS_WRITTEN },
      to: [SPOC],
      cc: [],
      subject: "Parkausweis / parking permit",
      body: body(entry.customerName, ["I am writing about my parking permit."]),
      received: new Date(now.getTime() - 6 * MINUTE).toISOString(),
      note: `${entry.customerName} (${entry.ref}). An internationalised address written with its Unicode domain (${UNICODE_SENDER_AS_WRITTEN}): matched to the case registered as ${UNICODE_SENDER_STORED}.`,
    },
  ];
}

/** The most recent email already in the contact log: the pane says it is logged. */
function alreadyLogged(cases: readonly DemoCase[]): Draft | null {
  const logged = cases
    .flatMap((c) => c.contacts.map((k) => ({ c, k })))
    .filter(({ k }) => k.channel === "email" && k.messageId !== undefined && k.from !== undefined)
    .sort((a, b) => b.k.at.getTime() - a.k.at.getTime())[0];
  const from = logged?.k.from;
  if (!logged || !from || !logged.k.messageId) return null;
  const { c, k } = logged;
  const entry = c.newCase.entry;
  const name =
    c.newCase.addresses[0]?.address === from
      ? entry.customerName
      : (entry.representative?.name ?? entry.customerName);
  return {
    from: { name, address: from },
    to: k.to.map((address) => ({ name: address === PRIYA.email ? PRIYA.name : address, address })),
    cc: [],
    subject: k.subject,
    body: body(name, [`${k.subject}.`]),
    received: k.at.toISOString(),
    internetMessageId: k.messageId,
    note: `${entry.customerName} (${entry.ref}). This message is already in the contact log.`,
  };
}

function strangers(now: Date): Draft[] {
  const at = (minutes: number) => new Date(now.getTime() - minutes * MINUTE).toISOString();
  const saturdayNight = (() => {
    let date = londonDate(now);
    while (isoWeekdayOf(date) !== 6 || londonInstant(date, "02:15") > now) date = addDays(date, -1);
    return londonInstant(date, "02:15").toISOString();
  })();
  return [
    {
      from: { name: "Jamie Rivers", address: "jamie.rivers@example.com" },
      to: [SPOC],
      cc: [],
      subject: "Fifth email about the same fence",
      body: body("Jamie Rivers", [
        "This is the fifth time I have written this week about my neighbour's fence.",
        "I expect an answer from a director by the end of today.",
      ]),
      received: at(2),
      note: "Not in the register: not restricted. A service manager can raise a step-one concern from here.",
    },
    {
      from: { name: "Ruth Okonkwo", address: "ruth.okonkwo@example.net" },
      to: [{ name: ALEX.name, address: ALEX.email }],
      cc: [SPOC],
      subject: "Thank you",
      body: body("Ruth Okonkwo", ["Thank you for sorting out my parking permit so quickly."]),
      received: saturdayNight,
      note: "Not in the register, sent at 02:15 on a Saturday: an ordinary customer, not restricted.",
    },
    {
      from: {
        name: 'Sam <b>Bold</b> <img src=x onerror="alert(1)">',
        address: "sam.tester@example.net",
      },
      to: [SPOC],
      cc: [],
      subject: "<script>alert('subject')</script> Complaint",
      body: body("Sam", [
        "<p>This <b>should</b> show as text</p>",
        "<script>alert('body')</script>",
      ]),
      received: at(31),
      note: "HTML and script in the name, subject and text: shown as text, never run.",
    },
    {
      from: { name: "Housing Options", address: "housing.options@council.example" },
      to: [{ name: ALEX.name, address: ALEX.email }],
      cc: [],
      subject: "Rota for next week",
      body: body("Housing Options", ["The duty rota for next week is attached."]),
      received: at(47),
      note: "A colleague: not a customer.",
    },
  ];
}

/**
 * Real Outlook's awkward items (docs/harness.md): a message re-filed long after it arrived
 * (dateTimeCreated is not the receipt), and the logged message again as Outlook on Mac gives it
 * (its id without angle brackets: still the same logged message).
 */
function awkward(cases: readonly DemoCase[], now: Date, logged: Draft | null): Draft[] {
  const out: Draft[] = [];
  const windowCase = cases.find(
    (c) => c.newCase.entry.terms?.contactWindows?.length && c.newCase.addresses[0],
  );
  const customer = windowCase?.newCase.addresses[0];
  const days = windowCase?.newCase.entry.terms?.contactWindows?.[0]?.days;
  if (windowCase && customer && days) {
    const later = 12 * 60 * MINUTE;
    const received = lastAllowedDay(new Date(now.getTime() - later), days, "11:15");
    const refiled = new Date(received.getTime() + later);
    const name = windowCase.newCase.entry.customerName;
    out.push({
      from: { name, address: customer.address },
      to: [SPOC],
      cc: [],
      subject: "Re-filed: my repair appointment",
      body: body(name, ["Please confirm my repair appointment."]),
      received: received.toISOString(),
      created: refiled.toISOString(),
      note: `${name} (${windowCase.newCase.entry.ref}). Received at 11:15 on an allowed day, re-filed into this folder 12 hours later: Outlook's creation time is the re-filing, the contact time is the receipt (within the hours).`,
    });
  }
  if (logged?.internetMessageId) {
    out.push({
      ...logged,
      subject: `${logged.subject} (opened on a Mac)`,
      internetMessageId: logged.internetMessageId.replace(/^<(.*)>$/, "$1"),
      note: `${logged.note ?? ""} Opened in Outlook on Mac, which gives the message id without its angle brackets: still the logged message.`,
    });
  }
  return out;
}

/**
 * The demo draft ("Demo draft" on the page, harness.composeDemoDraft): a restricted customer
 * typed but not yet resolved (missing from getAsync until harness.resolveRecipients), a colleague
 * picked from the address book as an Exchange X.500 address, and a contact with no address.
 */
export function demoDraft(cases: readonly DemoCase[]) {
  const blocked = cases.find((c) =>
    c.newCase.entry.terms?.extreme?.blockedChannels.includes("email"),
  );
  const customer = blocked?.newCase.addresses[0]?.address ?? "jamie.rivers@example.com";
  return {
    to: [
      { name: customer, address: customer, unresolved: true },
      {
        name: "Housing Options",
        address:
          "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=1c2ee2e6aada4b35ac22a42017cc6977-housingopt",
      },
    ],
    cc: [{ name: "Councillor's caseworker", address: "" }],
    bcc: [],
    subject: "About your repair",
  };
}

/** The demo inbox at `now`, newest first. */
export function demoMessages(cases: readonly DemoCase[], now: Date): MessageData[] {
  const logged = alreadyLogged(cases);
  const drafts = [
    ...caseMessages(cases, now),
    ...unicodeSender(cases, now),
    ...(logged ? [logged] : []),
    ...awkward(cases, now, logged),
    ...strangers(now),
  ];
  return drafts
    .map((d, i): MessageData => ({
      ...d,
      id: demoItemId(`demo-${i + 1}`),
      internetMessageId: d.internetMessageId ?? `<harness-demo-${i + 1}@mail.example.org>`,
    }))
    .sort((a, b) => Date.parse(b.received) - Date.parse(a.received));
}
