/**
 * Localhost HTTPS for the emulator and the harness.
 *
 * Order of preference:
 * 1. UCB_TLS_CERT / UCB_TLS_KEY (paths), for an administrator's own certificate;
 * 2. the pair `npx office-addin-dev-certs install` leaves in ~/.office-addin-dev-certs, which
 *    the operating system trusts, so real Outlook can load the pane from localhost;
 * 3. a self-signed pair generated once into .data/certs (valid a year, renewed when close to
 *    expiry). Node trusts it through NODE_EXTRA_CA_CERTS; browsers in tests ignore HTTPS errors.
 */
import { X509Certificate } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import selfsigned from "selfsigned";

export type TlsMaterial = {
  readonly key: string;
  readonly cert: string;
  /** The certificate a client must trust (CA or the self-signed cert itself). */
  readonly caPath: string;
  readonly source: "environment" | "office-addin-dev-certs" | "generated";
};

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const generatedCertDir = join(projectRoot, ".data", "certs");
const RENEW_WITHIN_MS = 7 * 24 * 3600 * 1000;

function fromEnvironment(): TlsMaterial | null {
  const certPath = process.env["UCB_TLS_CERT"];
  const keyPath = process.env["UCB_TLS_KEY"];
  if (!certPath || !keyPath) return null;
  return {
    key: readFileSync(keyPath, "utf8"),
    cert: readFileSync(certPath, "utf8"),
    caPath: process.env["UCB_TLS_CA"] ?? certPath,
    source: "environment",
  };
}

function fromOfficeDevCerts(): TlsMaterial | null {
  const dir = join(homedir(), ".office-addin-dev-certs");
  const certPath = join(dir, "localhost.crt");
  const keyPath = join(dir, "localhost.key");
  const caPath = join(dir, "ca.crt");
  if (!existsSync(certPath) || !existsSync(keyPath) || !existsSync(caPath)) return null;
  const cert = readFileSync(certPath, "utf8");
  if (expiresSoon(cert)) return null;
  return { key: readFileSync(keyPath, "utf8"), cert, caPath, source: "office-addin-dev-certs" };
}

function expiresSoon(certPem: string): boolean {
  const validTo = Date.parse(new X509Certificate(certPem).validTo);
  return !(validTo - Date.now() > RENEW_WITHIN_MS);
}

/** The generated pair, if present and not about to expire. Synchronous, for config files. */
export function readGeneratedCertificate(): TlsMaterial | null {
  const certPath = join(generatedCertDir, "localhost.crt");
  const keyPath = join(generatedCertDir, "localhost.key");
  if (!existsSync(certPath) || !existsSync(keyPath)) return null;
  const cert = readFileSync(certPath, "utf8");
  if (expiresSoon(cert)) return null;
  return { key: readFileSync(keyPath, "utf8"), cert, caPath: certPath, source: "generated" };
}

async function generate(): Promise<TlsMaterial> {
  const now = new Date();
  const pems = await selfsigned.generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    notBeforeDate: new Date(now.getTime() - 3600 * 1000),
    notAfterDate: new Date(now.getTime() + 365 * 24 * 3600 * 1000),
    extensions: [
      { name: "basicConstraints", cA: true },
      { name: "keyUsage", keyCertSign: true, digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          { type: 7, ip: "::1" },
        ],
      },
    ],
  });
  mkdirSync(generatedCertDir, { recursive: true });
  const certPath = join(generatedCertDir, "localhost.crt");
  writeFileSync(join(generatedCertDir, "localhost.key"), pems.private, { mode: 0o600 });
  writeFileSync(certPath, pems.cert);
  return { key: pems.private, cert: pems.cert, caPath: certPath, source: "generated" };
}

/** The certificate to serve localhost with, generating one on first use. */
export async function ensureTlsMaterial(): Promise<TlsMaterial> {
  return fromEnvironment() ?? fromOfficeDevCerts() ?? readGeneratedCertificate() ?? generate();
}
