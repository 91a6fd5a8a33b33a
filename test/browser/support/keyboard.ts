/**
 * Driving the pane by keyboard alone and asking where focus is (issue 20): Tab and Shift+Tab
 * to a control by its accessible name, keys pressed in the pane's frame, and the focused
 * element described as a screen reader would name it.
 */
import { expect } from "vitest";
import type { HarnessPage } from "./stack";

export type Focused = {
  readonly tag: string;
  readonly role: string;
  /** Its accessible name, near enough: aria-label, aria-labelledby, its label, its text. */
  readonly name: string;
};

function frameOf(h: HarnessPage) {
  const frame = h.page.frame({ name: "taskpane" });
  if (!frame) throw new Error("No task pane frame");
  return frame;
}

/** What has focus in the pane now ("body" when focus was lost). */
export async function focused(h: HarnessPage): Promise<Focused> {
  return frameOf(h).evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: "body", role: "", name: "" };
    const text = (n: Element | null | undefined) => (n?.textContent ?? "").replace(/\s+/g, " ");
    const labelledBy = el.getAttribute("aria-labelledby");
    const labels = (el as HTMLInputElement).labels;
    const name =
      el.getAttribute("aria-label") ??
      (labelledBy
        ? labelledBy
            .split(/\s+/)
            .map((id) => text(document.getElementById(id)))
            .join(" ")
        : labels && labels.length > 0
          ? text(labels[0])
          : text(el));
    const tag = el.tagName.toLowerCase();
    const role =
      el.getAttribute("role") ??
      ({ button: "button", a: "link", textarea: "textbox", select: "combobox" } as const)[
        tag as "button"
      ] ??
      (tag === "input"
        ? ((
            { checkbox: "checkbox", radio: "radio", search: "searchbox" } as Record<string, string>
          )[(el as HTMLInputElement).type] ?? "textbox")
        : /^h[1-6]$/.test(tag)
          ? "heading"
          : tag);
    return { tag, role, name: name.trim() };
  });
}

function matches(f: Focused, name: string | RegExp, role?: string): boolean {
  if (role && f.role !== role) return false;
  return typeof name === "string" ? f.name === name : name.test(f.name);
}

/** Expects focus on the control or heading named so (and of that role, if given). */
export async function expectFocus(
  h: HarnessPage,
  name: string | RegExp,
  role?: string,
): Promise<void> {
  await expect
    .poll(async () => {
      const f = await focused(h);
      return matches(f, name, role) ? "ok" : `${f.role} “${f.name}” (${f.tag})`;
    })
    .toBe("ok");
}

/** Presses a key in the pane (Enter, Space, ArrowRight, …). */
export async function press(h: HarnessPage, key: string): Promise<void> {
  await h.page.keyboard.press(key);
}

/** Types text into whatever has focus, as a keyboard would. */
export async function type(h: HarnessPage, text: string): Promise<void> {
  await h.page.keyboard.type(text);
}

/**
 * Presses Tab (or Shift+Tab) until the control named so has focus; fails if it is not reached
 * within `max` presses in the pane. Returns the presses taken in the pane.
 */
export async function tabTo(
  h: HarnessPage,
  name: string | RegExp,
  options: { readonly role?: string; readonly back?: boolean; readonly max?: number } = {},
): Promise<number> {
  const seen: string[] = [];
  // Presses that take focus through the harness's own page around the pane (Outlook's stand-in)
  // are not the pane's: they are not counted, up to a bound of their own.
  let outside = 0;
  for (let presses = 1; presses <= (options.max ?? 60); presses++) {
    await press(h, options.back ? "Shift+Tab" : "Tab");
    if (!(await frameOf(h).evaluate(() => document.hasFocus())) && outside++ < 300) {
      presses--;
      continue;
    }
    const f = await focused(h);
    if (matches(f, name, options.role)) return presses;
    seen.push(`${f.role} “${f.name.slice(0, 40)}”`);
  }
  throw new Error(`Tab never reached ${String(name)}; focus went through: ${seen.join(", ")}`);
}

/** Tab to the control named so and press Enter on it. */
export async function activate(
  h: HarnessPage,
  name: string | RegExp,
  options: { readonly role?: string; readonly back?: boolean; readonly key?: string } = {},
): Promise<void> {
  await tabTo(h, name, options);
  await press(h, options.key ?? "Enter");
}

/** Tab to the field named so and type into it (after selecting what it holds). */
export async function fill(h: HarnessPage, name: string | RegExp, text: string): Promise<void> {
  await tabTo(h, name);
  await press(h, "ControlOrMeta+A");
  await type(h, text);
}

/** Reflow at this width: elements wider than the pane, outside a box that scrolls or clips. */
export async function overflowing(h: HarnessPage): Promise<string[]> {
  return frameOf(h).evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width) {
      found.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    }
    const contained = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === "auto" || o === "scroll" || o === "hidden" || o === "clip") return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll("*")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1) continue;
      if (contained(el)) continue;
      found.push(
        `${el.tagName.toLowerCase()} “${(el.textContent ?? "").slice(0, 30)}” ends at ${Math.round(box.right)}`,
      );
    }
    return found.slice(0, 10);
  });
}
