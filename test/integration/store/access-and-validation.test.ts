import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseRef } from "../../../src/domain/types";
import { withoutNulls } from "../../../src/graph/fields";
import { registerFields } from "../../../src/graph/mappers/register-fields";
import { address, CONTACT, REF, RESTRICTED_ENTRY } from "../../../src/graph/testing/samples";
import { createGraphCaseStore, createGraphClient } from "../../../src/graph";
import { ALEX, PRIYA, startStoreEmulator, storeSampleCase, type StoreFixture } from "./fixture";

const BROKEN = "UCB-2026-BR0KEN" as CaseRef;

describe("permissions and bad data against the emulator", () => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await startStoreEmulator();
    await storeSampleCase(f);
    // An item someone edited by hand in SharePoint: the Terms no longer parse.
    const fields = withoutNulls(registerFields({ ...RESTRICTED_ENTRY, ref: BROKEN }));
    f.emu.bulkInsert("UCB Register", [{ ...fields, Terms: '{"allowedChannels": ["email",' }]);
    f.emu.bulkInsert("UCB Addresses", [
      {
        Title: "broken@example.org",
        CaseRef: BROKEN,
        Kind: "Customer",
        CaseAddressKey: `${BROKEN} broken@example.org`,
      },
    ]);
  });
  afterAll(() => f.stop());

  it("refuses case files to frontline staff, naming the list", async () => {
    await expect(f.storeFor(ALEX).getCaseFile(REF)).rejects.toMatchObject({
      code: "forbidden",
      list: "caseFiles",
    });
    await expect(f.storeFor(ALEX).listEvents(REF)).rejects.toMatchObject({
      code: "forbidden",
      list: "caseEvents",
    });
  });

  it("lets frontline staff read the restrictions in force and add contacts, but not change cases", async () => {
    const alex = f.storeFor(ALEX);
    // Need to know: their read is of their copy, which holds this restricted case.
    const entry = await alex.getRegisterEntry(REF);
    expect(entry?.value.stage).toBe("restricted");
    expect((await alex.logContact(CONTACT)).alreadyLogged).toBe(false);
    await expect(
      alex.updateRegisterEntry(RESTRICTED_ENTRY, entry?.etag ?? ""),
    ).rejects.toMatchObject({
      code: "forbidden",
      list: "register",
    });
  });

  it("signs in again once when Graph refuses an expired token", async () => {
    const asked: boolean[] = [];
    const tokenProvider = {
      getAccessToken: (options?: { forceRefresh?: boolean }) => {
        asked.push(options?.forceRefresh ?? false);
        return Promise.resolve(
          f.emu.tokenFor(PRIYA, options?.forceRefresh ? {} : { expiresInSeconds: -60 }),
        );
      },
    };
    const client = createGraphClient({
      baseUrl: f.emu.url,
      customHosts: ["localhost"],
      tokenProvider,
    });
    const entry = await createGraphCaseStore({ client, site: f.site }).getRegisterEntry(REF);
    expect(entry?.value.ref).toBe(REF);
    expect(asked).toEqual([false, true]);
  });

  it("reports malformed Terms as invalid data naming the case, never as 'not restricted'", async () => {
    // Typed into UCB Register by hand: what a manager's check reads (frontline staff read a copy).
    const alex = f.storeFor(PRIYA);
    const [match] = await alex.lookupAddresses([address("broken@example.org")]);
    expect(match?.ref).toBe(BROKEN);
    const expected = {
      code: "invalidData",
      list: "register",
      message: expect.stringMatching(/case UCB-2026-BR0KEN: Terms is not valid/) as unknown,
    };
    await expect(
      alex.getCaseForEvaluation(BROKEN, new Date("2026-01-01T00:00:00Z")),
    ).rejects.toMatchObject(expected);
    await expect(alex.getRegisterEntry(BROKEN)).rejects.toMatchObject(expected);
  });
});
