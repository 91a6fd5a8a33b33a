import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { AuthError } from "../app/ports";
import "./testing/jsdomShims";
import { App } from "./App";
import { fakeUseCases, readCheck } from "./testing/fakeUseCases";
import { paneDeps, session, user } from "./testing/paneDeps";

afterEach(cleanup);

describe("the pane's shell", () => {
  it("tells a signed-in user without a role that they have no access, and shows no case data", async () => {
    const { deps, store } = paneDeps({ user: user([], "Nadia Noroles") });
    render(<App deps={deps} useCases={fakeUseCases(() => Promise.resolve(readCheck()))} />);
    const alert = await screen.findByRole("alert");
    // One wording, from the app (src/app/pane/actions.ts): what is wrong, then what to do.
    expect(alert.textContent).toBe(
      "You don't have access to this add-in" +
        "Your account has no role in this add-in, so it cannot show restrictions. Ask your IT service desk to give you the role your job needs.",
    );
    expect(screen.queryByRole("region", { name: "Verdict" })).toBeNull();
    expect(store.calls).toEqual([]);
  });

  it("says a blocked sign-in window in words and offers to try again", async () => {
    const { deps } = paneDeps({
      session: session(() =>
        Promise.reject(new AuthError("popupBlocked", "popup_window_error: blocked")),
      ),
    });
    render(<App deps={deps} useCases={fakeUseCases(() => Promise.resolve(readCheck()))} />);
    expect(await screen.findByText(/The sign-in window was blocked/)).toBeTruthy();
    expect(screen.getByText(/Allow pop-ups for this add-in/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });

  it("says a misconfigured sign-in is IT's to fix, naming the fix and the correlation id", async () => {
    const { deps } = paneDeps({
      session: session(() =>
        Promise.reject(
          new AuthError(
            "misconfigured",
            "The add-in is misconfigured; sign-in cannot work until IT fixes it. Fix: AADSTS50194: set auth.authority.",
            "corr-42",
          ),
        ),
      ),
    });
    render(<App deps={deps} useCases={fakeUseCases(() => Promise.resolve(readCheck()))} />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(
      "The add-in is misconfigured" +
        "Tell your IT service desk, with the details below: the add-in cannot sign anyone in until its settings are corrected." +
        "For your IT service desk: The add-in is misconfigured; sign-in cannot work until IT fixes it. Fix: AADSTS50194: set auth.authority. Correlation id: corr-42.",
    );
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
  });

  it("names the signed-in user and their role", async () => {
    const { deps } = paneDeps({ user: user(["serviceManager"], "Sam Patel") });
    render(<App deps={deps} useCases={fakeUseCases(() => Promise.resolve(readCheck()))} />);
    const footer = await screen.findByRole("contentinfo");
    expect(footer.textContent).toBe("Signed in as Sam Patel, service manager");
  });

  it("follows the Office theme, dark at first and light after the user changes it", async () => {
    const { deps, mailbox } = paneDeps();
    mailbox.themeValue = "dark";
    let change: (theme: "light" | "dark") => void = () => undefined;
    const followTheme = (handler: (theme: "light" | "dark") => void) => {
      change = handler;
      return Promise.resolve(() => undefined);
    };
    const useCases = fakeUseCases(() => Promise.resolve(readCheck()));
    const { container } = render(<App deps={deps} useCases={useCases} followTheme={followTheme} />);
    const provider = () => container.querySelector("[data-theme]");
    expect(provider()?.getAttribute("data-theme")).toBe("dark");
    await waitFor(() => expect(screen.getByRole("contentinfo")).toBeTruthy());
    act(() => change("light"));
    expect(provider()?.getAttribute("data-theme")).toBe("light");
  });
});
