/**
 * Identity and permissions exactly as docs/emulator.md states them: 401 without a usable token,
 * 403 accessDenied where the user's SharePoint groups (list permission table) or the token's
 * scopes do not allow the request. Each demo user stands for the groups they belong to.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../../emulator/server";
import {
  ADMIN,
  FRONTLINE,
  HELPDESK,
  MANAGER,
  call,
  createList,
  itemsPath,
  start,
  values,
} from "./support";

type Level = "none" | "read" | "add" | "edit" | "contribute" | "fullControl";
type Operation = "read" | "add" | "edit" | "delete";

/** The table in docs/emulator.md, as each demo user's effective level (highest of their groups). */
const TABLE: Record<string, Record<string, Level>> = {
  // Need to know (docs/decisions.md): every stage, reasons and grounds, so managers only.
  "UCB Register": {
    [FRONTLINE]: "none",
    [MANAGER]: "edit",
    [HELPDESK]: "contribute",
    [ADMIN]: "fullControl",
  },
  "UCB Addresses": {
    [FRONTLINE]: "none",
    [MANAGER]: "edit",
    [HELPDESK]: "contribute",
    [ADMIN]: "fullControl",
  },
  "UCB Name Index": {
    [FRONTLINE]: "none",
    [MANAGER]: "edit",
    [HELPDESK]: "contribute",
    [ADMIN]: "fullControl",
  },
  // Frontline staff's copies: read; a manager's change to a case adds or removes its items.
  "UCB Restrictions In Force": {
    [FRONTLINE]: "read",
    [MANAGER]: "contribute",
    [HELPDESK]: "contribute",
    [ADMIN]: "fullControl",
  },
  "UCB Restricted Addresses": {
    [FRONTLINE]: "read",
    [MANAGER]: "contribute",
    [HELPDESK]: "contribute",
    [ADMIN]: "fullControl",
  },
  "UCB Contacts": {
    [FRONTLINE]: "add",
    [MANAGER]: "add",
    [HELPDESK]: "contribute",
    [ADMIN]: "fullControl",
  },
  "UCB Case Files": {
    [FRONTLINE]: "none",
    [MANAGER]: "edit",
    [HELPDESK]: "contribute",
    [ADMIN]: "fullControl",
  },
  "UCB Case Events": {
    [FRONTLINE]: "none",
    [MANAGER]: "add",
    [HELPDESK]: "contribute",
    [ADMIN]: "fullControl",
  },
};

const ALLOWED: Record<Level, readonly Operation[]> = {
  none: [],
  read: ["read"],
  add: ["read", "add"],
  edit: ["read", "add", "edit"],
  contribute: ["read", "add", "edit", "delete"],
  fullControl: ["read", "add", "edit", "delete"],
};

let emu: Emulator;

beforeAll(async () => {
  emu = await start();
  for (const list of Object.keys(TABLE)) await createList(emu, list, [{ name: "Note", text: {} }]);
});
afterAll(() => emu.stop());

async function attempt(list: string, upn: string, operation: Operation): Promise<number> {
  const created = await call(emu, "POST", itemsPath(emu, list), {
    body: { fields: { Title: "seed" } },
  });
  const item = `${itemsPath(emu, list)}/${String(created.body["id"])}`;
  switch (operation) {
    case "read":
      return (await call(emu, "GET", itemsPath(emu, list), { upn })).status;
    case "add":
      return (
        await call(emu, "POST", itemsPath(emu, list), { upn, body: { fields: { Title: "new" } } })
      ).status;
    case "edit":
      return (await call(emu, "PATCH", `${item}/fields`, { upn, body: { Note: "edited" } })).status;
    case "delete":
      return (await call(emu, "DELETE", item, { upn })).status;
  }
}

const EXPECTED_SUCCESS: Record<Operation, number> = { read: 200, add: 201, edit: 200, delete: 204 };

describe.each(Object.entries(TABLE))("%s", (list, levels) => {
  it.each(Object.entries(levels))("%s (%s)", async (upn, level) => {
    for (const operation of ["read", "add", "edit", "delete"] as const) {
      const status = await attempt(list, upn, operation);
      const expected = ALLOWED[level].includes(operation) ? EXPECTED_SUCCESS[operation] : 403;
      expect({ operation, status }).toEqual({ operation, status: expected });
    }
  });

  it("answers 401 without a token and 403 with an accessDenied body", async () => {
    const anonymous = await call(emu, "GET", itemsPath(emu, list), { token: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ error: { code: "InvalidAuthenticationToken" } });
    const denied = await call(emu, "DELETE", `${itemsPath(emu, list)}/1`, { upn: FRONTLINE });
    expect(denied.status).toBe(403);
    expect(denied.body).toMatchObject({ error: { code: "accessDenied" } });
  });
});

describe("lists a user cannot see", () => {
  it("are left out of the lists collection and refused when addressed", async () => {
    const lists = await call(emu, "GET", `/sites/${emu.siteId}/lists`, { upn: FRONTLINE });
    const names = values(lists).map((l) => l["displayName"]);
    expect(names).toContain("UCB Restrictions In Force");
    expect(names).not.toContain("UCB Register");
    expect(names).not.toContain("UCB Case Files");
    expect(
      (await call(emu, "GET", `/sites/${emu.siteId}/lists/UCB%20Case%20Files`, { upn: FRONTLINE }))
        .status,
    ).toBe(403);
  });
});

describe("scopes", () => {
  it("needs Sites.Manage.All and full control to create lists and columns", async () => {
    const body = { displayName: `Scratch ${Date.now()}`, list: { template: "genericList" } };
    const manager = await call(emu, "POST", `/sites/${emu.siteId}/lists`, { upn: MANAGER, body });
    expect(manager.status).toBe(403);
    const withScope = emu.tokenFor(MANAGER, { scopes: ["Sites.Manage.All"] });
    expect(
      (await call(emu, "POST", `/sites/${emu.siteId}/lists`, { token: withScope, body })).status,
    ).toBe(403);
    const column = await call(emu, "POST", `/sites/${emu.siteId}/lists/UCB%20Register/columns`, {
      upn: HELPDESK,
      body: { name: "Extra", text: {} },
    });
    expect(column.status).toBe(403);
    expect(
      (await call(emu, "POST", `/sites/${emu.siteId}/lists`, { upn: ADMIN, body })).status,
    ).toBe(201);
  });

  it("refuses writes to a token with read scopes only, whatever the groups allow", async () => {
    const token = emu.tokenFor(HELPDESK, { scopes: ["Sites.Read.All"] });
    expect((await call(emu, "GET", itemsPath(emu, "UCB Register"), { token })).status).toBe(200);
    const write = await call(emu, "POST", itemsPath(emu, "UCB Register"), {
      token,
      body: { fields: { Title: "x" } },
    });
    expect(write.status).toBe(403);
    expect(write.body).toMatchObject({ error: { code: "accessDenied" } });
  });

  it("accepts Sites.Selected where the site has a grant for the app", async () => {
    const granted = emu.tokenFor(MANAGER, { scopes: ["Sites.Selected"] });
    expect(
      (
        await call(emu, "POST", itemsPath(emu, "UCB Register"), {
          token: granted,
          body: { fields: { Title: "x" } },
        })
      ).status,
    ).toBe(201);
    const otherApp = emu.tokenFor(MANAGER, {
      scopes: ["Sites.Selected"],
      appId: "00000000-0000-0000-0000-000000000001",
    });
    expect(
      (await call(emu, "GET", itemsPath(emu, "UCB Register"), { token: otherApp })).status,
    ).toBe(403);
  });
});
