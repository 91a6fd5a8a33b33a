import { describe, expect, it } from "vitest";
import { contactTimeText, parseContactTime } from "./contactTime";

const LONDON = "Europe/London";

describe("the date and time of a contact, as staff type them", () => {
  it("shows a moment in UK order and UK time, summer and winter", () => {
    expect(contactTimeText(new Date("2026-11-24T10:30:00Z"), LONDON)).toEqual({
      date: "24/11/2026",
      time: "10:30",
    });
    expect(contactTimeText(new Date("2026-07-01T08:05:00Z"), LONDON)).toEqual({
      date: "01/07/2026",
      time: "09:05",
    });
  });

  it("reads day/month/year and the 24-hour clock as UK time", () => {
    expect(parseContactTime({ date: "24/11/2026", time: "10:30" }, LONDON)).toEqual({
      ok: true,
      at: new Date("2026-11-24T10:30:00Z"),
    });
    expect(parseContactTime({ date: "1/7/2026", time: "9:05" }, LONDON)).toEqual({
      ok: true,
      at: new Date("2026-07-01T08:05:00Z"),
    });
  });

  it("gets the hours right on the days the clocks change", () => {
    // 29 March 2026: clocks go forward at 01:00 GMT; 25 October 2026: back at 02:00 BST.
    expect(parseContactTime({ date: "29/03/2026", time: "14:00" }, LONDON)).toEqual({
      ok: true,
      at: new Date("2026-03-29T13:00:00Z"),
    });
    expect(parseContactTime({ date: "25/10/2026", time: "14:00" }, LONDON)).toEqual({
      ok: true,
      at: new Date("2026-10-25T14:00:00Z"),
    });
  });

  it("says what is wrong with a date or time it cannot read", () => {
    expect(parseContactTime({ date: "2026-11-24", time: "25:00" }, LONDON)).toEqual({
      ok: false,
      date: "Give the date as day/month/year, for example 24/11/2026.",
      time: "Give the time on the 24-hour clock, for example 14:30.",
    });
    expect(parseContactTime({ date: "31/02/2026", time: "10:00" }, LONDON)).toMatchObject({
      ok: false,
      date: expect.any(String) as string,
    });
  });
});
