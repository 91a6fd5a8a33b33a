/**
 * The pane's config.js in the harness: emulator sign-in and Graph on the given emulator, built
 * and validated by the same code as the production build (src/config/environment.ts). The demo
 * council's city helpdesk manager is the emulator's Jordan Lee, so referrals and review or appeal
 * letters address a demo user rather than the policy's placeholder.
 */
import { configFromEnvironment, configScript } from "../src/config/environment";
import { PLACEHOLDER_HELPDESK } from "../src/domain/config";
import { JORDAN } from "../scripts/demo/people";

export const HARNESS_POLICY = {
  helpdesk: { ...PLACEHOLDER_HELPDESK, email: JORDAN.email },
};

export function harnessConfigScript(emulatorUrl: string): string {
  const config = configFromEnvironment(
    { UCB_AUTH_MODE: "emulator", UCB_EMULATOR_URL: emulatorUrl },
    HARNESS_POLICY,
  );
  if (!config.ok) throw new Error(`The harness's config.js is invalid: ${config.error.message}`);
  return configScript(config.value);
}
