/**
 * Issue 10 against the emulator over HTTPS: internationalised addresses (a non-ASCII local part,
 * an IDN domain, a quote) registered, looked up through the OData filter and logged in their one
 * normalised form; and the agreed arrangement and the new verdicts stored and read back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NewContact } from "../../../src/app/ports";
import { normaliseAddress } from "../../../src/domain/address";
import type { EmailAddress, RegisterEntry } from "../../../src/domain/types";
import {
  CASE_FILE,
  CONTACT,
  JORDAN as JORDAN_ACTOR,
  REF,
  STEP_ONE_ENTRY,
} from "../../../src/graph/testing/samples";
import { ADMIN, ALEX, PRIYA, startStoreEmulator, type StoreFixture } from "./fixture";

function normalised(raw: string): EmailAddress {
  const result = normaliseAddress(raw);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const CUSTOMER = normalised("Jürgen.O'Brien@Bücher.example");
const REPRESENTATIVE = normalised("用户@例子.广告");

const MONITORED: RegisterEntry = {
  ...STEP_ONE_ENTRY,
  ref: REF,
  stage: "monitoring",
  arrangement: {
    terms: {
      spocOnly: true,
      volumes: [{ max: 1, per: "fortnight", channels: ["email"] }],
      otherConditions: ["One issue per email"],
    },
    summary: "At most 1 email a fortnight. Only with the SPOC, Priya Shah.",
    agreedOn: "2026-03-29" as never,
  },
};

describe("internationalised addresses and the agreed arrangement against the emulator", () => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await startStoreEmulator();
    await f.storeFor(PRIYA).createCase(
      {
        entry: MONITORED,
        file: CASE_FILE,
        addresses: [
          { address: CUSTOMER, kind: "customer" },
          { address: REPRESENTATIVE, kind: "representative" },
        ],
      },
      JORDAN_ACTOR,
    );
  });
  afterAll(() => f.stop());

  it("keeps the addresses in their normalised form, as SharePoint readers see them", async () => {
    const page = (await f
      .clientFor(ADMIN)
      .api(`/sites/${f.emu.siteId}/lists/UCB%20Addresses/items?$expand=fields`)
      .get()) as { value: { fields: Record<string, unknown> }[] };
    const titles = page.value.map((i) => i.fields["Title"]).sort();
    expect(titles).toEqual(["jürgen.o'brien@xn--bcher-kva.example", "用户@xn--fsqu00a.xn--4rr70v"]);
  });

  it.each([
    ["the Unicode domain, in capitals", "JÜRGEN.O'BRIEN@BÜCHER.EXAMPLE", CUSTOMER, "customer"],
    [
      "the Punycode domain, decomposed",
      "ju\u0308rgen.o'brien@xn--bcher-kva.example",
      CUSTOMER,
      "customer",
    ],
    ["a Chinese address with a Chinese domain", "用户@例子.广告", REPRESENTATIVE, "representative"],
  ])(
    "finds the case by %s with one request through the OData filter",
    async (_l, raw, stored, kind) => {
      f.emu.requests.clear();
      // A monitored arrangement (step one): managers' business, so a manager looks it up.
      const found = await f.storeFor(PRIYA).lookupAddresses([normalised(raw)]);
      expect(found).toEqual([{ address: stored, ref: REF, kind }]);
      expect(f.emu.requests).toHaveLength(1);
      expect(f.emu.requests[0]?.status).toBe(200);
    },
  );

  it("does not match a different non-ASCII address that differs only in one letter", async () => {
    expect(
      await f.storeFor(PRIYA).lookupAddresses([normalised("jurgen.o'brien@bücher.example")]),
    ).toEqual([]);
  });

  it("finds the case by searching for the address as typed", async () => {
    const results = await f.storeFor(PRIYA).searchCases("Jürgen.O'Brien@Bücher.example");
    expect(results.map((r) => r.ref)).toEqual([REF]);
  });

  it("reads back the agreed arrangement exactly as written", async () => {
    expect((await f.storeFor(PRIYA).getRegisterEntry(REF))?.value).toEqual(MONITORED);
    // Frontline staff do not see a case at step one at all (need to know).
    expect(await f.storeFor(ALEX).getRegisterEntry(REF)).toBeNull();
    expect(await f.storeFor(ALEX).lookupAddresses([CUSTOMER])).toEqual([]);
  });

  it("logs a contact from the Unicode sender with its arrangement verdict and reasons", async () => {
    const contact: NewContact = {
      ...CONTACT,
      ref: REF,
      from: CUSTOMER,
      to: [normalised("priya.shah@council.example"), normalised("jürgen.kollege@bücher.example")],
      messageId: "<unicode-1@mail.example.org>",
      clientId: "unicode-1",
      verdict: "outsideArrangement",
      reasons: ["copiedToOthers"],
    };
    await f.storeFor(ALEX).logContact(contact);
    const [stored] = (await f.storeFor(ALEX).listContacts(REF, new Date("2000-01-01"))).filter(
      (c) => c.messageId === "<unicode-1@mail.example.org>",
    );
    expect(stored).toMatchObject({
      from: "jürgen.o'brien@xn--bcher-kva.example",
      to: ["priya.shah@council.example", "jürgen.kollege@xn--bcher-kva.example"],
      verdict: "outsideArrangement",
      reasons: ["copiedToOthers"],
    });
    const page = (await f
      .clientFor(ADMIN)
      .api(`/sites/${f.emu.siteId}/lists/UCB%20Contacts/items?$expand=fields`)
      .get()) as { value: { fields: Record<string, unknown> }[] };
    expect(page.value.map((i) => i.fields["Verdict"])).toContain("Outside arrangement");
    expect(page.value.map((i) => i.fields["VerdictReasons"])).toContain(
      "Copied to other council officers",
    );
  });
});
