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

/** A client id for NAA mode in the harness: the played bridge accepts any. */
export const HARNESS_CLIENT_ID = "00000000-0000-4000-8000-0000000000aa";

/**
 * `signIn: "naa"` configures the pane as for a tenant (MSAL, nested app authentication) with
 * Graph on the emulator; the harness then plays Outlook's NAA bridge (client/naa-bridge.ts).
 */
export function harnessConfigScript(
  emulatorUrl: string,
  signIn: "emulator" | "naa" = "emulator",
): string {
  const environment =
    signIn === "emulator"
      ? { UCB_AUTH_MODE: "emulator", UCB_EMULATOR_URL: emulatorUrl }
      : {
          UCB_AUTH_MODE: "naa",
          UCB_CLIENT_ID: HARNESS_CLIENT_ID,
          // The emulator's tenant (emulator/config/users.json): a tenant build names its tenant.
          UCB_TENANT_ID: "6f1c0a4e-2b7d-4c39-9e51-7d0f3a2b8c11",
          UCB_EMULATOR_URL: emulatorUrl,
          UCB_GRAPH_BASE_URL: `${emulatorUrl}/v1.0`,
          UCB_GRAPH_CUSTOM_HOSTS: new URL(emulatorUrl).hostname,
          UCB_SITE_HOSTNAME: "council.sharepoint.com",
        };
  const config = configFromEnvironment(environment, HARNESS_POLICY);
  if (!config.ok) throw new Error(`The harness's config.js is invalid: ${config.error.message}`);
  return configScript(config.value);
}
