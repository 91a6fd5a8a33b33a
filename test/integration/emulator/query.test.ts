/**
 * GET …/items query options as Graph documents them (listitem-list, "Use query parameters")
 * and as SharePoint enforces them: $filter grammar, the indexed-column rule, $orderby, $top,
 * $select, $expand=fields($select=…), absolute @odata.nextLink with a $skiptoken, $count refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../../emulator/server";
import { MANAGER, call, createList, fieldsOf, itemsPath, start, values } from "./support";

let emu: Emulator;
const PREFER = { Prefer: "HonorNonIndexedQueriesWarningMayFailRandomly" };

beforeAll(async () => {
  emu = await start({ listViewThreshold: 50 });
  await createList(
    emu,
    "UCB Register",
    [
      { name: "Stage", choice: { choices: ["concern", "restricted", "closed"] }, indexed: true },
      { name: "ReviewDue", dateTime: { format: "dateTime" }, indexed: true },
      { name: "Period", number: {}, indexed: true },
      { name: "Active", boolean: {}, indexed: true },
      { name: "CustomerName", text: {} },
    ],
    { indexTitle: true },
  );
  emu.bulkInsert(
    "UCB Register",
    Array.from({ length: 60 }, (_, i) => ({
      Title: `UCB-${String(i).padStart(3, "0")}`,
      Stage: ["concern", "restricted", "closed"][i % 3],
      ReviewDue: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      Period: i % 4,
      Active: i % 2 === 0,
      CustomerName: i === 7 ? "Zoë Ó Briain" : `Customer ${i}`,
    })),
  );
});
afterAll(() => emu.stop());

const path = () => itemsPath(emu, "UCB Register");
const titles = (reply: Awaited<ReturnType<typeof call>>) =>
  values(reply).map((i) => fieldsOf(i)["Title"]);

async function get(query: string, headers: Record<string, string> = {}) {
  return call(emu, "GET", `${path()}?${query}`, { upn: MANAGER, headers });
}

describe("$filter", () => {
  it("combines and/or with parentheses on indexed columns", async () => {
    const reply = await get(
      "$expand=fields&$top=5000&$filter=(fields/Stage eq 'closed' or fields/Stage eq 'concern') and fields/Period eq 0",
    );
    expect(reply.status).toBe(200);
    expect(
      values(reply).every((i) => ["closed", "concern"].includes(String(fieldsOf(i)["Stage"]))),
    ).toBe(true);
    expect(values(reply).every((i) => fieldsOf(i)["Period"] === 0)).toBe(true);
    expect(values(reply).length).toBe(10);
  });

  it("compares dates with ISO strings, numbers, booleans, and startswith", async () => {
    expect(
      values(await get("$filter=fields/ReviewDue ge '2026-02-25T00:00:00Z'&$top=100")).length,
    ).toBe(5);
    expect(values(await get("$filter=fields/Period gt 2&$top=100")).length).toBe(15);
    expect(values(await get("$filter=fields/Active eq true&$top=100")).length).toBe(30);
    expect(titles(await get("$expand=fields&$filter=startswith(fields/Title,'UCB-05')"))).toEqual(
      Array.from({ length: 10 }, (_, i) => `UCB-05${i}`),
    );
  });

  it("compares text case-insensitively, as SharePoint does", async () => {
    expect(titles(await get("$expand=fields&$filter=fields/Title eq 'ucb-001'"))).toEqual([
      "UCB-001",
    ]);
  });

  it("accepts option names without $ and in any case, and a percent-encoded filter", async () => {
    const encoded = encodeURIComponent("fields/Title eq 'UCB-002'");
    expect(titles(await get(`EXPAND=fields&FILTER=${encoded}`))).toEqual(["UCB-002"]);
    expect(titles(await get(`$Expand=fields&$Filter=${encoded}`))).toEqual(["UCB-002"]);
  });

  it("refuses a non-indexed column without Prefer, with Graph's exact message", async () => {
    const reply = await get("$filter=fields/CustomerName eq 'Zoë Ó Briain'");
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({
      error: {
        code: "invalidRequest",
        message:
          "Field 'CustomerName' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.",
      },
    });
    expect((await get("$orderby=fields/CustomerName")).status).toBe(400);
  });

  it("with Prefer, fails on a list over the threshold unless an indexed condition narrows it", async () => {
    const wide = await get(
      `$filter=${encodeURIComponent("fields/CustomerName eq 'Zoë Ó Briain'")}`,
      PREFER,
    );
    expect(wide.status).toBe(429);
    expect(wide.headers.get("retry-after")).not.toBeNull();
    const narrowed = await get(
      `$expand=fields&$filter=${encodeURIComponent("fields/Title eq 'UCB-007' and fields/CustomerName eq 'Zoë Ó Briain'")}`,
      PREFER,
    );
    expect(narrowed.status).toBe(200);
    expect(titles(narrowed)).toEqual(["UCB-007"]);
  });

  it("answers 400 for unknown fields, bad syntax and top-level properties", async () => {
    for (const filter of [
      "fields/Nope eq 'x'",
      "fields/Title eq 'x",
      "createdDateTime ge '2025-01-01'",
    ]) {
      const reply = await get(`$filter=${encodeURIComponent(filter)}`);
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ error: { code: "invalidRequest" } });
    }
  });
});

describe("$orderby, $top, $select and paging", () => {
  it("sorts on an indexed column, ID breaking ties", async () => {
    const reply = await get(
      "$expand=fields($select=Title,Period)&$orderby=fields/Period desc&$top=5",
    );
    expect(values(reply).map((i) => fieldsOf(i)["Period"])).toEqual([3, 3, 3, 3, 3]);
    expect(titles(reply)).toEqual(["UCB-003", "UCB-007", "UCB-011", "UCB-015", "UCB-019"]);
  });

  it("pages with an absolute nextLink on the emulator's origin and a SharePoint-style skiptoken", async () => {
    const first = await get("$expand=fields&$top=25");
    expect(values(first)).toHaveLength(25);
    const next = String(first.body["@odata.nextLink"]);
    expect(next.startsWith(`${emu.graphUrl}/sites/${emu.siteId}/lists/`)).toBe(true);
    const token = new URL(next).searchParams.get("$skiptoken") ?? "";
    expect(Buffer.from(token, "base64").toString()).toBe("Paged=TRUE&p_ID=25");
    const second = await call(emu, "GET", next, { upn: MANAGER });
    const third = await call(emu, "GET", String(second.body["@odata.nextLink"]), {
      upn: MANAGER,
    });
    expect(third.body).not.toHaveProperty("@odata.nextLink");
    const all = [...titles(first), ...titles(second), ...titles(third)];
    expect(all).toHaveLength(60);
    expect(new Set(all).size).toBe(60);
  });

  it("keeps the sort order across pages", async () => {
    const seen: unknown[] = [];
    let url: string | undefined =
      `${emu.graphUrl}${path()}?$expand=fields&$orderby=fields/ReviewDue desc&$top=7`;
    while (url) {
      const page = await call(emu, "GET", url, { upn: MANAGER });
      seen.push(...values(page).map((i) => fieldsOf(i)["ReviewDue"]));
      const next = page.body["@odata.nextLink"];
      url = typeof next === "string" ? next : undefined;
    }
    expect(seen).toHaveLength(60);
    expect(seen).toEqual([...seen].sort().reverse());
  });

  it("defaults to 200 a page and allows $top up to 5000 only", async () => {
    expect((await get("$top=5001")).status).toBe(400);
    expect((await get("$top=0")).status).toBe(400);
    expect((await get("$top=5000")).status).toBe(200);
  });

  it("selects item properties and fields", async () => {
    const reply = await get("$select=id,eTag&$expand=fields($select=Title)&$top=1");
    const [item] = values(reply);
    expect(Object.keys(item ?? {}).sort()).toEqual([
      "@odata.etag",
      "eTag",
      "fields",
      "fields@odata.context",
      "id",
    ]);
    expect(Object.keys(fieldsOf(item ?? {}))).toEqual(["@odata.etag", "Title"]);
    expect(String(reply.body["@odata.context"])).toMatch(/\/items\(fields\(Title\)\)$/);
  });

  it("refuses $count on list items", async () => {
    expect((await get("$count=true")).status).toBe(400);
  });
});
