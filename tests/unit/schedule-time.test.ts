import { describe, expect, it } from "vitest";
import { formatNewsroomDateTime, instantOfWallClock, parseNewsroomDateTime, toNewsroomInputs } from "@/lib/workflow/schedule-time";

describe("newsroom schedule times", () => {
  it("reads a time typed in Phnom Penh as the UTC instant it means", () => {
    expect(parseNewsroomDateTime("2026-05-14", "09:30", "Asia/Phnom_Penh")).toEqual({ ok: true, at: new Date("2026-05-14T02:30:00Z") });
    expect(parseNewsroomDateTime(" 2026-01-01 ", "00:15:20", "Asia/Phnom_Penh")).toEqual({ ok: true, at: new Date("2025-12-31T17:15:20Z") });
  });

  it("follows a zone's daylight saving, and refuses a time the clocks skip", () => {
    // London: GMT in January, BST (UTC+1) in July.
    expect(parseNewsroomDateTime("2026-01-10", "12:00", "Europe/London")).toEqual({ ok: true, at: new Date("2026-01-10T12:00:00Z") });
    expect(parseNewsroomDateTime("2026-07-10", "12:00", "Europe/London")).toEqual({ ok: true, at: new Date("2026-07-10T11:00:00Z") });
    expect(parseNewsroomDateTime("2026-03-29", "01:30", "Europe/London")).toEqual({
      ok: false,
      field: "time",
      message: "01:30 does not exist on 2026-03-29 in Europe/London: the clocks skip it.",
    });
    expect(instantOfWallClock({ year: 2026, month: 10, day: 25, hour: 1, minute: 30, second: 0 }, "Europe/London")).not.toBeNull();
  });

  it("refuses malformed and impossible dates and times in words", () => {
    expect(parseNewsroomDateTime("14/05/2026", "09:30", "Asia/Phnom_Penh")).toEqual({
      ok: false,
      field: "date",
      message: "Enter the date as YYYY-MM-DD, for example 2026-05-14.",
    });
    expect(parseNewsroomDateTime("2026-02-30", "09:30", "Asia/Phnom_Penh")).toEqual({ ok: false, field: "date", message: "2026-02-30 is not a date on the calendar." });
    expect(parseNewsroomDateTime("2026-13-01", "09:30", "Asia/Phnom_Penh")).toMatchObject({ ok: false, field: "date" });
    expect(parseNewsroomDateTime("2026-05-14", "9.30am", "Asia/Phnom_Penh")).toEqual({
      ok: false,
      field: "time",
      message: "Enter the time as HH:MM on a 24-hour clock, for example 09:30.",
    });
    expect(parseNewsroomDateTime("2026-05-14", "24:00", "Asia/Phnom_Penh")).toEqual({ ok: false, field: "time", message: "24:00 is not a time of day." });
    expect(parseNewsroomDateTime("", "", "Asia/Phnom_Penh")).toMatchObject({ ok: false, field: "date" });
  });

  it("shows an instant back in the newsroom's zone", () => {
    const at = new Date("2026-05-14T02:30:00Z");
    expect(toNewsroomInputs(at, "Asia/Phnom_Penh")).toEqual({ date: "2026-05-14", time: "09:30" });
    expect(formatNewsroomDateTime(at, "Asia/Phnom_Penh")).toBe("14 May 2026, 09:30 (Asia/Phnom_Penh)");
  });
});
