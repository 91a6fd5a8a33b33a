import { describe, expect, it } from "vitest";
import { configProblemText, readAppConfig } from "./read";

describe("readAppConfig", () => {
  it("says config.js is missing when nothing set window.ucbConfig", () => {
    const result = readAppConfig({});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toEqual({
      field: "config.js",
      message:
        "config.js did not load, or did not set window.ucbConfig. It must be served next to taskpane.html.",
    });
  });

  it("validates what config.js set", () => {
    const result = readAppConfig({ ucbConfig: { graph: {} } });
    expect(!result.ok && result.error.field).toBe("graph.baseUrl");
  });

  it("reads window.ucbConfig by default", () => {
    expect(readAppConfig().ok).toBe(false); // Node has no config.js
  });
});

describe("configProblemText", () => {
  it("tells staff what to do, and the administrator what is wrong", () => {
    const text = configProblemText({ field: "auth.clientId", message: "auth.clientId must be …" });
    expect(text.summary).toMatch(/tell your IT service desk/);
    expect(text.detail).toBe("For the administrator, in config.js: auth.clientId must be …");
  });
});
