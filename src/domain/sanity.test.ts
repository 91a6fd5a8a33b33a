import { describe, expect, it } from "vitest";
import { CHANNELS } from "./types";

describe("skeleton", () => {
  it("lists six channels", () => {
    expect(CHANNELS).toHaveLength(6);
  });
});
