/**
 * The pane's config.js in the harness: emulator sign-in and Graph on the given emulator, built
 * and validated by the same code as the production build (src/config/environment.ts).
 */
import { configFromEnvironment, configScript } from "../src/config/environment";

export function harnessConfigScript(emulatorUrl: string): string {
  const config = configFromEnvironment({
    UCB_AUTH_MODE: "emulator",
    UCB_EMULATOR_URL: emulatorUrl,
  });
  if (!config.ok) throw new Error(`The harness's config.js is invalid: ${config.error.message}`);
  return configScript(config.value);
}
