/** Demo cases after restrictions: ended and in retention, past retention, closed. */
import { PORTSMOUTH_POLICY } from "../../src/domain/config";
import { retainUntil } from "../../src/domain/deadlines";
import { formatLongDate } from "../../src/domain/wording";
import type { LocalDate } from "../../src/domain/types";
import type { DemoBuilders, DemoCase } from "./builders";
import { customer } from "./builders";
import { addDays, addMonths } from "./calendar";
import { DANA, JORDAN, PRIYA } from "./people";

/** As the domain sets it when restrictions end or a case closes: that day plus six years (6). */
const keptUntil = (endedOrClosed: LocalDate) => retainUntil(endedOrClosed, PORTSMOUTH_POLICY);

export function casesAfterRestrictions(b: DemoBuilders): DemoCase[] {
  const { today, ago, at, ref, event, history, base } = b;
  return [
    (() => {
      const caseRef = ref("J3N2AR", ago(400));
      const end = ago(90);
      return {
        shows:
          "Ended: restrictions expired three months ago; the file is kept until six years after the end.",
        openedBy: PRIYA,
        newCase: {
          entry: {
            ...base(caseRef, "Graham Pettigrew", "Parks"),
            stage: "ended",
            endedOn: end,
            retainUntil: keptUntil(end),
            termsSummary: "One email a week (ended).",
          },
          addresses: [customer("g.pettigrew@example.org")],
          file: history(
            caseRef,
            "Parks",
            addDays(end, -183),
            "Daily complaints about a closed footpath.",
            22,
          ),
        },
        // Expiry can be recorded from the day after the period's last day, as the app does it.
        events: [
          {
            ...event(
              caseRef,
              at(addDays(end, 1), "09:10"),
              JORDAN,
              "restrictionsExpired",
              `The restrictions expired at the end of ${formatLongDate(end)}.`,
            ),
            detail: { endedOn: end },
          },
        ],
        contacts: [],
      };
    })(),
    (() => {
      const caseRef = ref("N6P9BS", addDays(ago(0), -6 * 365 - 400));
      const end = addDays(addMonths(today, -72), -60);
      return {
        shows: "Retention passed: ended over six years ago; due for destruction (section 6).",
        openedBy: PRIYA,
        newCase: {
          entry: {
            ...base(caseRef, "Norma Blackwood", "Revenues"),
            stage: "ended",
            endedOn: end,
            retainUntil: keptUntil(end),
          },
          addresses: [customer("norma.blackwood@example.org")],
          file: {
            ref: caseRef,
            reasonableAdjustments: [],
            lawfulBasis: "UK GDPR Article 6(1)(e): public task.",
          },
        },
        events: [],
        contacts: [],
      };
    })(),
    (() => {
      const caseRef = ref("Q1R4CT", ago(200));
      const closed = ago(120);
      return {
        shows:
          "Closed without restrictions after monitoring showed the behaviour stopped; a reasonable adjustment on file.",
        openedBy: PRIYA,
        newCase: {
          entry: {
            ...base(caseRef, "Mei-Ling Chen", "Registrars"),
            stage: "closed",
            closedOn: closed,
            retainUntil: keptUntil(closed),
          },
          addresses: [customer("meiling.chen@example.com")],
          file: {
            ref: caseRef,
            reasonableAdjustments: [
              {
                description: "Uses a screen reader: letters by email attachment, not post",
                requiresChannels: ["email"],
              },
            ],
            lawfulBasis: "UK GDPR Article 6(1)(e): public task.",
          },
        },
        events: [
          {
            ...event(
              caseRef,
              at(closed, "12:00"),
              DANA,
              "caseClosed",
              `The case was closed without restrictions by ${DANA.name}.`,
            ),
            detail: { reasons: "No further unreasonable behaviour." },
          },
        ],
        contacts: [],
      };
    })(),
  ];
}
