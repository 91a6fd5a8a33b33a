import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { smartAlertSettings } from "./manifest-info";

describe("what the harness reads from the manifest", () => {
  it("takes the add-in's name and OnMessageSend's send mode from manifest.xml", () => {
    const xml = readFileSync(new URL("../manifest.xml", import.meta.url), "utf8");
    expect(smartAlertSettings(xml)).toEqual({
      addinName: "Customer contact restrictions",
      sendMode: "PromptUser",
    });
  });

  it("plays Outlook's default, soft block, when the send mode is left out", () => {
    const xml =
      '<DisplayName DefaultValue="X"/><LaunchEvent Type="OnMessageSend" FunctionName="f"/>';
    expect(smartAlertSettings(xml).sendMode).toBe("SoftBlock");
  });
});
