import { cleanup, render, screen } from "@testing-library/react";
import { useLayoutEffect } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { afterTheVerdict } from "./afterTheVerdict";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Part({ text }: { readonly text: string }) {
  return <p>{text}</p>;
}

/** The verdict as the pane draws it: its layout effect runs once it is in the page. */
function Verdict({ events }: { readonly events: string[] }) {
  useLayoutEffect(() => {
    events.push("verdict in the page");
  }, [events]);
  return <p>Not restricted</p>;
}

describe("a part shown beside the verdict", () => {
  it("is fetched only once the verdict is in the page, then shown", async () => {
    const events: string[] = [];
    const Deferred = afterTheVerdict(() => {
      events.push("part fetched");
      return Promise.resolve(Part);
    });
    render(
      <>
        <Verdict events={events} />
        <Deferred text="The case's details" />
      </>,
    );
    expect(await screen.findByText("The case's details")).toBeTruthy();
    expect(events).toEqual(["verdict in the page", "part fetched"]);
  });

  it("once fetched, is drawn with the next verdict, with no wait and no second fetch", async () => {
    const load = vi.fn(() => Promise.resolve(Part));
    const events: string[] = [];
    function Waiting() {
      events.push("waiting");
      return null;
    }
    const Deferred = afterTheVerdict(load, <Waiting />);
    const first = render(<Deferred text="First message" />);
    expect(await screen.findByText("First message")).toBeTruthy();
    first.unmount();
    events.length = 0;

    render(<Deferred text="Second message" />);
    expect(screen.getByText("Second message")).toBeTruthy();
    expect(events).toEqual([]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("says in words when its chunk cannot be fetched, and the verdict stays", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const Deferred = afterTheVerdict<{ readonly text: string }>(() =>
      Promise.reject(new Error("Loading chunk case-details failed")),
    );
    render(
      <>
        <Verdict events={[]} />
        <Deferred text="The case's details" />
      </>,
    );
    expect(await screen.findByText("Part of this pane could not be loaded")).toBeTruthy();
    expect(screen.getByText("Not restricted")).toBeTruthy();
    expect(screen.queryByText("The case's details")).toBeNull();
  });
});
