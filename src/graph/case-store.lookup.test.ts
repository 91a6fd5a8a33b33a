import { describe, expect, it } from "vitest";
import { GraphCaseStore } from "./case-store";
import { collection, FakeGraph, fakeClient, listItem, ok } from "./testing/fake-graph";
import { fakeStore, TEST_SITE } from "./testing/fake-store";
import { address, REF } from "./testing/samples";

const ADDRESSES = "/sites/council.sharepoint.com:/sites/ucb:/lists/UCB Addresses/items";

const addressItem = (id: number, email: string, kind = "Customer", ref: string = REF) =>
  listItem(id, { Title: email, CaseRef: ref, Kind: kind, CaseAddressKey: `${ref} ${email}` });

describe("sender lookup", () => {
  it("is one indexed GET on UCB Addresses, addressed by site path and list title", async () => {
    const { fake, store } = fakeStore();
    fake.respond(ok(collection([addressItem(4, "o'brien@example.org")])));
    const found = await store.lookupAddresses([
      address("o'brien@example.org"),
      address("nobody@example.org"),
    ]);
    expect(found).toEqual([{ address: "o'brien@example.org", ref: REF, kind: "customer" }]);
    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request?.method).toBe("GET");
    expect(request?.path).toBe(ADDRESSES);
    expect(request?.query.get("$filter")).toBe(
      "(fields/Title eq 'o''brien@example.org' or fields/Title eq 'nobody@example.org')",
    );
    expect(request?.query.get("$expand")).toBe("fields($select=Title,CaseRef,Kind,CaseAddressKey)");
  });

  it("uses the list names the configuration gives", async () => {
    const fake = new FakeGraph().respond(ok(collection([])));
    const store = new GraphCaseStore({
      client: fakeClient(fake),
      site: TEST_SITE,
      listTitles: { addresses: "Restricted Customer Addresses" },
    });
    await store.lookupAddresses([address("a@x.org")]);
    expect(fake.requests[0]?.path).toBe(
      "/sites/council.sharepoint.com:/sites/ucb:/lists/Restricted Customer Addresses/items",
    );
  });

  it("cannot be widened by a crafted address", async () => {
    const { fake, store } = fakeStore();
    fake.respond(ok(collection([])));
    const crafted = address("x' or fields/Title ne '");
    expect(await store.lookupAddresses([crafted])).toEqual([]);
    expect(fake.requests[0]?.query.get("$filter")).toBe(
      "fields/Title eq 'x'' or fields/Title ne '''",
    );
  });

  it("asks nothing for no addresses and once for repeated ones", async () => {
    const { fake, store } = fakeStore();
    expect(await store.lookupAddresses([])).toEqual([]);
    expect(fake.requests).toHaveLength(0);
    fake.respond(ok(collection([])));
    await store.lookupAddresses([address("a@x.org"), address("a@x.org")]);
    expect(fake.requests[0]?.query.get("$filter")).toBe("fields/Title eq 'a@x.org'");
  });

  it("returns every case an address belongs to (one representative, two customers)", async () => {
    const { fake, store } = fakeStore();
    fake.respond(
      ok(
        collection([
          addressItem(4, "rep@advocacy.example", "Representative"),
          addressItem(9, "rep@advocacy.example", "Representative", "UCB-2026-ZZ99ZZ"),
        ]),
      ),
    );
    const found = await store.lookupAddresses([address("rep@advocacy.example")]);
    expect(found.map((f) => f.ref)).toEqual([REF, "UCB-2026-ZZ99ZZ"]);
  });

  it("reports a malformed address item as invalid data, not as 'not restricted'", async () => {
    const { fake, store } = fakeStore();
    fake.respond(ok(collection([listItem(4, { Title: "zoe@example.org", CaseRef: REF })])));
    await expect(store.lookupAddresses([address("zoe@example.org")])).rejects.toMatchObject({
      code: "invalidData",
      list: "addresses",
    });
  });
});

describe("case search", () => {
  it("finds by any words of the name, folded, through one indexed query of the name index", async () => {
    const { fake, store } = fakeStore();
    const register = (ref: string, name: string) =>
      listItem(ref === REF ? 1 : 2, {
        Title: ref,
        CustomerName: name,
        Stage: "Restricted",
        ServiceArea: "Housing",
      });
    fake.respond(
      ok(
        collection([
          listItem(5, { Title: "zoe", CaseRef: REF }),
          listItem(6, { Title: "zoe", CaseRef: "UCB-2026-AAAAAA" }),
        ]),
      ),
      ok(collection([register(REF, "Zoë O'Brien"), register("UCB-2026-AAAAAA", "Zoe Smith")])),
    );
    // Surname and first name in any order, accents and apostrophes typed or not.
    const results = await store.searchCases("  o'b ZOË ");
    expect(results).toEqual([
      { ref: REF, customerName: "Zoë O'Brien", stage: "restricted", serviceArea: "Housing" },
    ]);
    expect(fake.requests[0]?.path).toContain("/lists/UCB Name Index/items");
    expect(fake.requests[0]?.query.get("$filter")).toBe("startswith(fields/Title,'zoe')");
    expect(fake.requests[1]?.query.get("$filter")).toBe(
      `(fields/Title eq '${REF}' or fields/Title eq 'UCB-2026-AAAAAA')`,
    );
  });

  it("finds by exact reference", async () => {
    const { fake, store } = fakeStore();
    fake.respond(ok(collection([])));
    await store.searchCases("ucb-2026-7kq2mx");
    expect(fake.requests[0]?.query.get("$filter")).toBe("fields/Title eq 'UCB-2026-7KQ2MX'");
  });

  it("finds by address through UCB Addresses, then the register", async () => {
    const { fake, store } = fakeStore();
    fake.respond(ok(collection([addressItem(4, "zoe@example.org")])), ok(collection([])));
    await store.searchCases("Zoe@Example.org");
    expect(fake.requests.map((r) => r.query.get("$filter"))).toEqual([
      "fields/Title eq 'zoe@example.org'",
      `fields/Title eq '${REF}'`,
    ]);
  });
});
