/**
 * In the webpack build, this module takes the place of the Graph SDK's HTTPClientFactory
 * (webpack.config.js). The add-in always gives the SDK its own middleware chain
 * (createGraphClient calls Client.initWithMiddleware), so the SDK's default chain, which the
 * Client's constructor names for an `authProvider` (the SDK's authentication, retry and
 * redirect handlers), is never used; without this stand-in it still came with the store, in
 * the first verdict's JavaScript. Scripts run in Node keep the SDK as published.
 */
export class HTTPClientFactory {
  static createWithAuthenticationProvider(): never {
    throw new Error(
      "The add-in's Graph client takes its own middleware chain (src/graph/client.ts), not an authentication provider.",
    );
  }
}
