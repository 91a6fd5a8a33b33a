/**
 * The manifest a build writes to dist/manifest.xml (webpack.config.js), decided here so the
 * build cannot be wrong silently:
 * - a tenant build (config.js signs in to a tenant) writes the production manifest for
 *   UCB_ADDIN_ORIGIN, or refuses without one: a localhost manifest in a tenant build's dist/
 *   would be uploaded by mistake and load nothing;
 * - every manifest carries the release's version (package.json), so an update rises with it;
 * - the build says which manifest it wrote.
 */
import { authModeOf, type Environment } from "../src/config/environment";
import {
  DEV_ORIGIN,
  makeProductionManifest,
  ManifestError,
  manifestVersion,
  parseOrigin,
  withVersion,
} from "./make-manifest";

export type BuiltManifest = {
  readonly xml: string;
  /** One line for the build's log: which manifest, for which origin, at which version. */
  readonly summary: string;
};

export function buildManifest(
  manifestXml: string,
  env: Environment,
  release: string,
): BuiltManifest {
  const version = manifestVersion(release);
  const origin = env["UCB_ADDIN_ORIGIN"]?.trim();
  const tenant = authModeOf(env) === "naa";
  if (!origin) {
    if (tenant) {
      throw new ManifestError(
        "UCB_ADDIN_ORIGIN is not set. A tenant build (UCB_CLIENT_ID is set) writes the production " +
          "manifest into dist/ in the same step: set UCB_ADDIN_ORIGIN to where the add-in's files " +
          "are hosted, such as UCB_ADDIN_ORIGIN=https://addin.council.gov.uk (docs/admin-setup.md step 9).",
      );
    }
    return {
      xml: withVersion(manifestXml, version),
      summary: `dist/manifest.xml: the development manifest (${DEV_ORIGIN}), version ${version}; not for deployment.`,
    };
  }
  const xml = makeProductionManifest(manifestXml, { origin, release });
  return {
    xml,
    summary: `dist/manifest.xml: the production manifest for ${parseOrigin(origin)}, version ${version}.`,
  };
}
