import { describe, expect, it } from "vitest";
import { checkList, checkSite, type Operation } from "./access";
import { findUser, loadDirectory } from "./directory";
import type { Caller } from "./tokens";

const directory = loadDirectory();

function caller(
  upn: string,
  scopes = ["Sites.ReadWrite.All", "User.Read"],
  appId = directory.clientId,
): Caller {
  const user = findUser(directory, upn);
  if (!user) throw new Error(upn);
  return { user, scopes: new Set(scopes), appId };
}

const allowed = (c: Caller, list: string, op: Operation): boolean => {
  try {
    checkList(directory, c, list, op);
    return true;
  } catch {
    return false;
  }
};

describe("list permissions (docs/emulator.md table)", () => {
  const staff = caller("alex.morgan@council.example");
  const manager = caller("priya.shah@council.example");
  const helpdesk = caller("jordan.lee@council.example");

  it("lets staff read the restrictions in force but not write them, not read the register, and add contacts but not edit them", () => {
    expect(allowed(staff, "UCB Restrictions In Force", "read")).toBe(true);
    expect(allowed(staff, "UCB Restrictions In Force", "add")).toBe(false);
    // Need to know: the register holds step one, ended cases and reasons.
    expect(allowed(staff, "UCB Register", "read")).toBe(false);
    expect(allowed(staff, "UCB Contacts", "add")).toBe(true);
    expect(allowed(staff, "UCB Contacts", "edit")).toBe(false);
    expect(allowed(staff, "UCB Case Files", "read")).toBe(false);
  });

  it("lets managers edit but not delete, and only append case events", () => {
    expect(allowed(manager, "UCB Register", "edit")).toBe(true);
    expect(allowed(manager, "UCB Register", "delete")).toBe(false);
    expect(allowed(manager, "UCB Case Events", "add")).toBe(true);
    expect(allowed(manager, "UCB Case Events", "edit")).toBe(false);
  });

  it("takes the highest level over all of a user's groups", () => {
    expect(allowed(helpdesk, "UCB Case Events", "delete")).toBe(true);
  });

  it("falls back to the site's permissions for a list without its own entry", () => {
    expect(allowed(staff, "Some Other List", "read")).toBe(true);
    expect(allowed(staff, "Some Other List", "add")).toBe(false);
    expect(allowed(manager, "Some Other List", "edit")).toBe(true);
  });

  it("needs a write scope to write, whatever the groups allow", () => {
    const readOnly = caller("jordan.lee@council.example", ["Sites.Read.All"]);
    expect(allowed(readOnly, "UCB Register", "read")).toBe(true);
    expect(allowed(readOnly, "UCB Register", "edit")).toBe(false);
  });

  it("lets Sites.Selected work through the site's grant for the app", () => {
    expect(
      allowed(caller("priya.shah@council.example", ["Sites.Selected"]), "UCB Register", "edit"),
    ).toBe(true);
    expect(
      allowed(
        caller("priya.shah@council.example", ["Sites.Selected"], "another-app"),
        "UCB Register",
        "read",
      ),
    ).toBe(false);
  });

  it("lets only owners with Sites.Manage.All create lists", () => {
    expect(() =>
      checkSite(directory, caller("it.admin@council.example", ["Sites.Manage.All"]), "manage"),
    ).not.toThrow();
    expect(() => checkSite(directory, caller("it.admin@council.example"), "manage")).toThrow(
      /Permission scopes/,
    );
    expect(() =>
      checkSite(directory, caller("priya.shah@council.example", ["Sites.Manage.All"]), "manage"),
    ).toThrow(/Access denied/);
  });
});
