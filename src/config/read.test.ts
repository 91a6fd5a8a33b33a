import { describe, expect, it } from "vitest";
import { configFromEnvironment, configScript } from "./environment";
import { configProblemText, readAppConfig, readConfigScript } from "./read";

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

describe("readConfigScript (the event runtime fetches config.js)", () => {
  const built = configFromEnvironment({ UCB_AUTH_MODE: "emulator" });
  if (!built.ok) throw new Error(built.error.message);

  it("reads the settings the build wrote, exactly as running the file would", () => {
    expect(readConfigScript(configScript(built.value))).toEqual({ ok: true, value: built.value });
  });

  it("refuses settings edited into something that is not JSON, saying why", () => {
    const edited = configScript(built.value).replace('"mode": "emulator"', "mode: 'emulator'");
    const result = readConfigScript(edited);
    expect(!result.ok && result.error.message).toMatch(/not JSON .*double quotes/);
  });

  it("refuses a file that sets nothing", () => {
    const result = readConfigScript("// nothing here\n");
    expect(!result.ok && result.error.field).toBe("config.js");
  });

  it("validates what the file holds", () => {
    const result = readConfigScript('window.ucbConfig = {"graph": {}};');
    expect(!result.ok && result.error.field).toBe("graph.baseUrl");
  });
});
