/**
 * Letters by the channel the terms allow, and copies kept with the case, in the real pane over
 * the emulator: a notice to a letters-only customer opens as a PDF to print (never an email), is
 * recorded as sent by post and kept in UCB Case Documents; a service manager keeps the
 * customer's message (with its attachment) with the case from the referral form.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGraphCaseDocuments } from "../../src/graph";
import { checkBothThemes } from "./support/a11y";
import { monitoringCase, restrictedCase, seed } from "./support/cases";
import { expectText, expectVisible } from "./support/expect";
import { JORDAN, openHarness, PRIYA, startStack, type Stack } from "./support/stack";

const LETTERS_ONLY = "lena.letters@example.org";
const REFERRED = "rory.referral@example.org";

const LETTERS_CASE = restrictedCase({
  code: "PRNT01",
  name: "Lena Letters",
  address: LETTERS_ONLY,
  terms: { allowedChannels: ["letter"] },
  summary: "Contact by letter only.",
});
const REFER_CASE = monitoringCase("REFR02", "Rory Referral", REFERRED);

describe("letters and copies of correspondence", () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
    await seed(stack, [LETTERS_CASE, REFER_CASE]);
  });
  afterAll(async () => stack?.stop());

  it("gives a letters-only customer's notice as a PDF to print, records it as posted and keeps it", async () => {
    const h = await openHarness(stack, { user: JORDAN });
    const ref = LETTERS_CASE.newCase.entry.ref;
    await h.call("openMessage", {
      from: `Lena Letters <${LETTERS_ONLY}>`,
      to: [JORDAN],
      subject: "About my restrictions",
    });
    await h.waitForVerdict();
    await h.call("clearRecorded");
    await h.pane
      .getByRole("button", { name: /Open case/ })
      .first()
      .click();
    await h.pane.getByRole("button", { name: "Open the notice in force again" }).click();
    const how = h.pane.getByRole("region", { name: "How this letter goes" });
    await expectText(how, "Letters only: this notice is a printable letter: print it and post it.");

    const popup = h.page.context().waitForEvent("page");
    await how.getByRole("button", { name: "Open the letter to print" }).click();
    const pdfPage = await popup;
    expect(pdfPage.url()).toMatch(/^blob:/);
    const head = await pdfPage.evaluate(async () => {
      const bytes = new Uint8Array(await (await fetch(location.href)).arrayBuffer());
      return String.fromCharCode(...bytes.slice(0, 5));
    });
    expect(head).toBe("%PDF-");
    await pdfPage.close();
    await expectText(how, /opened in a new window to print/);
    await h.screenshot("letters-only-notice");

    await how.getByRole("button", { name: "Record as sent by post" }).click();
    await expectText(how, /Recorded as sent by post on .* A copy of the letter as printed is kept/);
    await h.screenshot("letters-only-notice-posted");

    // No email was opened for this customer, whatever the pane did.
    expect((await h.call("recorded")).forms.filter((f) => f.kind !== "dialog")).toEqual([]);
    const events = await stack.storeFor(JORDAN).listEvents(ref);
    const posted = events.find((e) => e.action === "letterPosted");
    expect(posted?.detail).toMatchObject({ channel: "post", letterKind: "restrictionNotice" });
    const client = stack.clientFor(JORDAN);
    const drive = (await client
      .api(`/sites/${stack.emu.siteId}/lists/UCB Case Documents/drive`)
      .get()) as { id: string };
    const files = (await client
      .api(`/drives/${drive.id}/root:/${ref}/letters:/children`)
      .get()) as { value: { name: string; file?: { mimeType: string } }[] };
    expect(files.value.map((f) => f.file?.mimeType)).toEqual(["application/pdf"]);
    expect(files.value[0]?.name).toMatch(
      /Restrictions on your contact with the council \(\w{10}\)\.pdf$/,
    );
    await h.close();
  });

  it("keeps the customer's message, with its attachment, with the case from the referral", async () => {
    const h = await openHarness(stack, { user: PRIYA });
    const ref = REFER_CASE.newCase.entry.ref;
    await h.call("openMessage", {
      from: `Rory Referral <${REFERRED}>`,
      to: [PRIYA],
      subject: "Planning application – my evidence",
      body: "Please see the attached.",
      internetMessageId: "<evidence-1@mail.example.org>",
      attachments: [
        { name: "evidence.txt", contentType: "text/plain", content: "Photos of the fence" },
      ],
    });
    await h.waitForVerdict();
    await h.call("clearRecorded");
    await h.pane.getByRole("button", { name: /Refer to the city helpdesk manager/i }).click();
    const form = h.pane.getByRole("form", { name: /Refer Rory Referral/ });
    await expectVisible(form);
    await form.getByRole("button", { name: "Keep a copy of this message with the case" }).click();
    await expectText(form, /A copy of this message, with its attachments, is kept with case/);
    const correspondence = form.getByRole("textbox", { name: "Correspondence" });
    await expect
      .poll(async () => correspondence.inputValue())
      .toMatch(
        /Correspondence: \d{4}-\d{2}-\d{2} Planning application – my evidence \(\w{10}\)\.eml \(kept /,
      );
    await checkBothThemes(h, "referral-with-copy");
    await form.getByRole("button", { name: "Refer and open the message" }).click();
    await expect
      .poll(async () => (await h.call("recorded")).forms.filter((f) => f.kind === "newMessage"))
      .toHaveLength(1);
    const [message] = (await h.call("recorded")).forms;
    expect(message?.htmlBody).toMatch(/Planning application – my evidence \(\w{10}\)\.eml/);
    expect(message?.htmlBody).toContain("UCB%20Case%20Documents");

    const documents = createGraphCaseDocuments({
      client: stack.clientFor(JORDAN),
      site: stack.site,
    });
    const kept = await documents.list(ref);
    expect(kept.map((d) => d.folder)).toEqual(["correspondence"]);
    const eml = kept[0] ? new TextDecoder().decode(await documents.content(kept[0])) : "";
    expect(eml).toContain("Message-ID: <evidence-1@mail.example.org>");
    expect(eml).toContain('filename="evidence.txt"');
    await h.close();
  });
});
