/** Demo cases under restriction: one kind of term each, an extreme case, review and appeal. */
import type { DemoBuilders, DemoCase } from "./builders";
import { addr, customer, representative, t } from "./builders";
import { addDays, between, londonInstant } from "./calendar";
import { DANA, JORDAN, MORGAN } from "./people";

/** An internationalised address as a person writes it, and the one form it is kept in. */
export const UNICODE_SENDER_AS_WRITTEN = "Jürgen.Müller@Bücher.example";
export const UNICODE_SENDER_STORED = "jürgen.müller@xn--bcher-kva.example";

export function restrictedCases(b: DemoBuilders): DemoCase[] {
  const { now, today, week, month, ago, at, email, logged, restriction, restrictedCase } = b;
  return [
    restrictedCase(
      "K7Q2MX",
      40,
      "Tobias Finch-Reilly",
      "Waste and recycling",
      [customer("tobias.finch-reilly@example.org")],
      restriction(
        40,
        6,
        MORGAN,
        { allowedChannels: ["letter"] },
        "Letters only, to the SPOC. Emails are filed without reply.",
      ),
      "Channel: letters only, so any email is outside the terms.",
      (r, from) => [
        email(r, from, at(ago(9), "22:10"), "Missed bin collection", "outsideTerms", [
          "channelNotAllowed",
        ]),
      ],
    ),
    restrictedCase(
      "P9W3CZ",
      55,
      "Margaret Oyelaran",
      "Adult social care",
      [customer("m.oyelaran@example.org")],
      restriction(
        55,
        6,
        MORGAN,
        { contactWindows: [{ days: [2, 4], from: t("10:00"), to: t("12:00") }] },
        "Contact only on Tuesdays and Thursdays between 10am and noon.",
      ),
      "Days and hours: Tuesdays and Thursdays, 10:00–12:00 (Europe/London).",
      (r, from) => [
        email(r, from, at(ago(6), "21:30"), "Care package review", "outsideTerms", [
          "outsideContactWindow",
        ]),
      ],
    ),
    restrictedCase(
      "T3C7NQ",
      20,
      "Kwame Asante",
      "Council Tax",
      [customer("kwame.asante@example.com")],
      restriction(
        20,
        3,
        MORGAN,
        { volumes: [{ max: 1, per: "day", channels: ["email"] }] },
        "At most one email a day.",
      ),
      "Volume per day: today's one email is already used.",
      (r, from) => [
        email(r, from, at(ago(1), "09:00"), "Bill query"),
        email(r, from, between(today, now, 0.5), "Bill query – follow-up"),
      ],
    ),
    restrictedCase(
      "W6D2PR",
      35,
      "Siobhán O'Brien",
      "Housing",
      [customer("o'brien@example.org"), representative("advice@citizensadvice-portsmouth.example")],
      restriction(
        35,
        6,
        MORGAN,
        { volumes: [{ max: 2, per: "week" }] },
        "At most two contacts a week, by any channel.",
      ),
      "Volume per week with a representative: both of this week's contacts are used (an o'brien address and a non-ASCII name).",
      (r, from) => [
        email(r, from, between(addDays(week, -7), londonInstant(week), 0.4), "Transfer request"),
        email(r, from, between(week, now, 0.3), "Transfer request – band"),
        email(
          r,
          addr("advice@citizensadvice-portsmouth.example"),
          between(week, now, 0.6),
          "On behalf of Ms O'Brien",
        ),
      ],
      {
        representative: {
          name: "Citizens Advice Portsmouth",
          email: addr("advice@citizensadvice-portsmouth.example"),
        },
      },
    ),
    restrictedCase(
      "Z1E9SH",
      50,
      "Ana Pereira",
      "Highways",
      [customer("ana.pereira@example.org")],
      restriction(
        50,
        6,
        MORGAN,
        { volumes: [{ max: 3, per: "fortnight", channels: ["email", "phone"] }] },
        "At most three emails or calls a fortnight.",
      ),
      "Volume per fortnight: two of three used, one left.",
      (r, from) => [
        email(r, from, between(today, now, 0.2), "Pothole on Fratton Road"),
        logged(r, "phone", between(today, now, 0.4), "Call: pothole follow-up", "withinTerms"),
      ],
    ),
    restrictedCase(
      "B7F5TJ",
      70,
      "Dr Heinrich Schäfer",
      "Environmental health",
      [customer("h.schafer@example.com")],
      restriction(
        70,
        6,
        MORGAN,
        { volumes: [{ max: 4, per: "month" }] },
        "At most four contacts a month.",
      ),
      "Volume per month: three of four used this month.",
      (r, from) =>
        [0.2, 0.5, 0.8].map((f, i) =>
          email(r, from, between(month, now, f), `Noise complaint ${i + 1}`),
        ),
    ),
    restrictedCase(
      "C2G8VK",
      30,
      "Lee Harrington",
      "Benefits",
      [customer("lee.harrington@example.org")],
      restriction(
        30,
        6,
        MORGAN,
        { spocOnly: true },
        "Contact Priya Shah only (Alex Morgan when Priya is away).",
      ),
      "SPOC only, with a deputy: a message to anyone else is outside the terms.",
      (r, from) => [
        email(r, from, at(ago(4), "11:20"), "Housing benefit backdating"),
        email(
          r,
          from,
          at(ago(2), "11:25"),
          "Housing benefit backdating",
          "outsideTerms",
          ["notToSpoc"],
          addr("benefits@council.example"),
        ),
      ],
    ),
    restrictedCase(
      "D9H3WM",
      45,
      "Beatrix Kowalczyk",
      "Corporate complaints",
      [customer("b.kowalczyk@example.org")],
      restriction(
        45,
        6,
        MORGAN,
        { significantQueriesOnly: true },
        "Only significant and serious matters get a reply; other contact is filed.",
      ),
      "Significant and serious only.",
      (r, from) => [email(r, from, at(ago(3), "13:00"), "Font used in your letter")],
    ),
    restrictedCase(
      "E4J6XN",
      60,
      "Oluwaseun Adebayo",
      "Libraries",
      [customer("seun.adebayo@example.com")],
      restriction(
        60,
        6,
        MORGAN,
        { newIssuesOnly: true },
        "Only new issues are dealt with; issues already answered are not acknowledged.",
      ),
      "New issues only.",
      (r, from) => [email(r, from, at(ago(5), "10:05"), "Library fines (again)")],
    ),
    restrictedCase(
      "F8K1YP",
      25,
      "Victor Hale",
      "Housing",
      [customer("victor.hale@example.net")],
      restriction(
        25,
        12,
        JORDAN,
        {
          allowedChannels: ["letter"],
          extreme: {
            blockedChannels: ["email", "phone", "socialMedia"],
            premisesRestriction:
              "May not enter the Civic Offices; appointments at the Central Library reception only.",
          },
          otherConditions: ["Meetings only with two officers present."],
        },
        "Extreme case: email, phone and social media blocked; letters only; no entry to the Civic Offices. Meetings only with two officers present.",
        "notNotified",
      ),
      "Extreme (5.2.5): channels blocked and premises restricted, extended on review with the City Solicitor; the customer is not told (5.2.6, reasons recorded by the assistant director), so the change binds from that decision. A condition in words the add-in does not check. Log a visit in person to see it blocked.",
      (r, from) => [
        logged(
          r,
          "inPerson",
          at(ago(5), "10:15"),
          "Came to the Civic Offices reception",
          "blocked",
          ["premisesRestricted", "channelNotAllowed"],
        ),
        email(r, from, at(ago(2), "23:40"), "You will regret this", "blocked", ["channelBlocked"]),
      ],
    ),
    restrictedCase(
      "J8R6GN",
      15,
      "Jürgen Müller",
      "Parking",
      [customer(UNICODE_SENDER_STORED)],
      restriction(
        15,
        6,
        MORGAN,
        {
          allowedChannels: ["email", "letter"],
          volumes: [{ max: 2, per: "week", channels: ["email"] }],
          otherConditions: ["One issue per email."],
        },
        "Email or letter only; at most two emails a week; one issue per email.",
      ),
      "An internationalised address (ü in the name and in the domain, bücher.example): matched whichever form Outlook gives.",
      () => [],
    ),
    restrictedCase(
      "G5M7ZQ",
      100,
      "Priyanka Raman",
      "Education",
      [customer("p.raman@example.org")],
      restriction(
        100,
        6,
        MORGAN,
        { allowedChannels: ["email"], volumes: [{ max: 1, per: "week" }], spocOnly: true },
        "One email a week, to the SPOC only.",
      ),
      "Restricted with a customer review pending and an appeal decided (confirmed).",
      (r, from) => [email(r, from, between(week, now, 0.5), "School transport")],
      {
        review: {
          status: "pending",
          requestedOn: ago(6),
          by: "customer",
          grounds: "My circumstances have changed: I have a new caseworker.",
        },
        appeal: {
          status: "decided",
          lodgedOn: ago(90),
          decidedOn: ago(75),
          outcome: "confirmed",
          decidedBy: DANA,
        },
      },
    ),
  ];
}
