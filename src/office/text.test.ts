import { describe, expect, it } from "vitest";
import { escapeHtml, textToHtml, truncateAtWord } from "./text";

describe("customer text in HTML", () => {
  it("escapes markup so it shows as text", () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
    );
  });

  it("keeps paragraphs and line breaks, escaping each line", () => {
    expect(textToHtml("Dear Pat,\r\n\r\nLine one\nLine <two>\n\n\n")).toBe(
      "<p>Dear Pat,</p><p>Line one<br>Line &lt;two&gt;</p>",
    );
  });
});

describe("truncateAtWord", () => {
  it("leaves a short message alone, on one line", () => {
    expect(truncateAtWord("  Restricted customer:\n letter only. ", 150)).toBe(
      "Restricted customer: letter only.",
    );
  });

  it("cuts a long message at a word boundary, with an ellipsis, within the limit", () => {
    const message = `Outside the terms: ${"contact on a Sunday evening ".repeat(10)}`;
    const cut = truncateAtWord(message, 150);
    expect(cut.length).toBeLessThanOrEqual(150);
    expect(cut.endsWith("…")).toBe(true);
    expect(message.replace(/\s+/g, " ")).toContain(cut.slice(0, -1));
    expect(cut.slice(0, -1)).toMatch(/\b(contact|on|a|Sunday|evening)$/);
  });

  it("cuts mid-word only when there is no boundary in the second half", () => {
    const cut = truncateAtWord(`Ref ${"x".repeat(200)}`, 150);
    expect(cut).toHaveLength(150);
    expect(cut.endsWith("x…")).toBe(true);
  });

  it("never splits an emoji in two", () => {
    const cut = truncateAtWord(`${"a".repeat(148)}😀😀`, 150);
    expect(cut).toBe(`${"a".repeat(148)}…`);
  });

  it("allows exactly the limit", () => {
    expect(truncateAtWord("b".repeat(150), 150)).toBe("b".repeat(150));
  });
});
