import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { MailItem } from "../../app/ports";
import type { EmailAddress } from "../../domain/types";
import { FakeMailbox } from "../../../test/fakes/fakeMailbox";
import { useItemCheck } from "./useItemCheck";

function message(subject: string): MailItem {
  return {
    mode: "read",
    subject,
    from: "someone@example.org" as EmailAddress,
    to: [],
    cc: [],
    receivedAt: new Date("2026-11-23T10:00:00Z"),
  };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

afterEach(cleanup);

/** Resolves a pending check and lets React apply what follows. */
async function settle<T>(d: { promise: Promise<T>; resolve: (v: T) => void } | undefined, v: T) {
  await act(async () => {
    d?.resolve(v);
    await d?.promise;
  });
}

describe("useItemCheck", () => {
  it("says there is no message when nothing is selected", async () => {
    const mailbox = new FakeMailbox(null);
    const { result } = renderHook(() => useItemCheck(mailbox, () => Promise.resolve("x")));
    await waitFor(() => expect(result.current.state.kind).toBe("noItem"));
  });

  it("ignores a check that finishes after the selection moved on", async () => {
    const mailbox = new FakeMailbox(message("first"));
    const pending = new Map<string, ReturnType<typeof deferred<string>>>();
    const check = (item: MailItem) => {
      const d = deferred<string>();
      pending.set(item.subject, d);
      return d.promise;
    };
    const { result } = renderHook(() => useItemCheck(mailbox, check));
    await waitFor(() => expect(pending.has("first")).toBe(true));

    act(() => mailbox.select(message("second")));
    await waitFor(() => expect(pending.has("second")).toBe(true));
    await settle(pending.get("second"), "verdict for second");
    await settle(pending.get("first"), "verdict for first");

    const state = result.current.state;
    expect(state.kind).toBe("checked");
    expect(state.kind === "checked" && state.result).toBe("verdict for second");
    expect(state.kind === "checked" && state.item.subject).toBe("second");
  });

  it("calls afterCheck once per fresh result only", async () => {
    const mailbox = new FakeMailbox(message("first"));
    const first = deferred<string>();
    const seen: string[] = [];
    let calls = 0;
    const check = () => (++calls === 1 ? first.promise : Promise.resolve("second"));
    renderHook(() => useItemCheck(mailbox, check, (_item, r) => seen.push(r)));
    await waitFor(() => expect(calls).toBe(1));
    act(() => mailbox.select(message("second")));
    await waitFor(() => expect(seen).toEqual(["second"]));
    await settle(first, "first");
    expect(seen).toEqual(["second"]);
  });
});
