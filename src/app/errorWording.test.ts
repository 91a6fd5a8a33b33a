import { describe, expect, it } from "vitest";
import { describeFailure, describeFailureCode } from "./errorWording";
import { AuthError, STORE_ERROR_CODES, StoreError } from "./ports";

describe("failures in words", () => {
  it.each([
    ["caseFiles", "You don't have access to case files"],
    ["register", "You don't have access to the restriction register"],
    ["contacts", "You don't have access to the contact log"],
  ] as const)("names the list refused (%s)", (list, title) => {
    expect(describeFailure(new StoreError("forbidden", "403", list)).title).toBe(title);
  });

  it("says how long to wait when SharePoint is busy", () => {
    const failure = describeFailure(new StoreError("throttled", "429", "register", "r", 12.2));
    expect(failure).toMatchObject({
      title: "SharePoint is busy",
      detail: "Try again in 13 seconds.",
      retryable: true,
      retryAfterSeconds: 13,
    });
  });

  it("names the case whose record cannot be read, and who to tell", () => {
    const failure = describeFailure(new StoreError("invalidData", "Terms: bad JSON"), {
      ref: "UCB-2026-7KQ2MX",
      customerName: "Jo Bloggs",
    });
    expect(failure.title).toBe("The record of case UCB-2026-7KQ2MX (Jo Bloggs) cannot be read");
    expect(failure.detail).toMatch(/Tell the city helpdesk manager/);
    expect(failure.retryable).toBe(false);
  });

  it("asks to sign in again when the sign-in expired", () => {
    expect(describeFailure(new StoreError("unauthorised", "401")).detail).toMatch(/^Sign in again/);
    expect(describeFailure(new AuthError("popupBlocked", "blocked")).title).toBe(
      "The sign-in window was blocked",
    );
  });

  it.each(STORE_ERROR_CODES)("words %s the same from its code after a reload", (code) => {
    const live = describeFailure(new StoreError(code, "x"));
    expect(describeFailureCode(code)).toEqual(live);
    expect(`${live.title} ${live.detail}`).not.toMatch(/undefined|Error|\d{3}/);
  });

  it("gives IT the fix and the correlation id only for sign-ins IT must mend", () => {
    const misconfigured = describeFailure(
      new AuthError("misconfigured", "Fix: AADSTS50011: add the redirect URIs.", "corr-7"),
    );
    expect(misconfigured.title).toBe("The add-in is misconfigured");
    expect(misconfigured.detail).toMatch(/^Tell your IT service desk, with the details below/);
    expect(misconfigured.retryable).toBe(false);
    expect(misconfigured.forIt).toBe(
      "Fix: AADSTS50011: add the redirect URIs. Correlation id: corr-7.",
    );
    expect(describeFailure(new AuthError("consentRequired", "grant consent")).forIt).toBe(
      "grant consent",
    );
    expect(describeFailure(new AuthError("unavailable", "network")).forIt).toBeUndefined();
    expect(describeFailure(new AuthError("popupBlocked", "blocked")).forIt).toBeUndefined();
  });

  it("never shows an unknown error's internals", () => {
    const failure = describeFailure(new TypeError("Cannot read properties of undefined"));
    expect(failure.title).toBe("Something went wrong");
    expect(failure.detail).not.toMatch(/undefined/);
  });
});
