/** Demo cases after restrictions: ended and in retention, past retention, closed. */
import type { DemoBuilders, DemoCase } from "./builders";
import { customer } from "./builders";
import { addDays, addMonths } from "./calendar";
import { DANA, JORDAN, PRIYA } from "./people";

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
            retainUntil: addMonths(end, 72),
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
        events: [
          event(
            caseRef,
            at(end, "23:59"),
            JORDAN,
            "restrictionsEnded",
            "Restrictions ended at the end of the period.",
          ),
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
            retainUntil: addMonths(end, 72),
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
            retainUntil: addMonths(closed, 72),
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
          event(
            caseRef,
            at(closed, "12:00"),
            DANA,
            "caseClosed",
            "Closed: no further unreasonable behaviour.",
          ),
        ],
        contacts: [],
      };
    })(),
  ];
}
