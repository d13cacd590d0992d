import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import * as oidc from 'openid-client';

/** The OIDC settings of the configuration (`oidcIssuer`, `oidcClientId`, …). */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret?: string | undefined;
  scopes: string;
}

/** What the browser carries between login and callback: checked on return, never stored in the database. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  verifier: string;
  redirectUri: string;
  returnTo: string;
  /** Epoch milliseconds after which the callback is refused. */
  expires: number;
}

/** The person the identity provider vouches for. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
}

/** Ten minutes to sign in at the provider: longer than any login page, short enough to limit replay. */
export const PENDING_SIGN_IN_MS = 10 * 60_000;

/**
 * LionRock as an OpenID Connect relying party (openid-client): authorization code flow with PKCE
 * (S256), state and nonce. The provider's metadata is discovered on first use and kept; a failed
 * discovery is retried on the next sign-in.
 */
export class OidcSignIn {
  #configuration: Promise<oidc.Configuration> | null = null;

  constructor(readonly settings: OidcSettings) {}

  /** The provider's authorization URL for a new sign-in, and what the callback must match. */
  async start(redirectUri: string, returnTo: string): Promise<{ url: URL; pending: PendingSignIn }> {
    const configuration = await this.#discover();
    const verifier = oidc.randomPKCECodeVerifier();
    const pending: PendingSignIn = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier,
      redirectUri,
      returnTo,
      expires: Date.now() + PENDING_SIGN_IN_MS,
    };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: this.settings.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url, pending };
  }

  /**
   * Exchanges the code of `callbackUrl` and validates the ID token (signature, issuer, audience,
   * expiry, nonce) and the state; e-mail claims missing from the ID token are read from userinfo.
   * Throws on any mismatch.
   */
  async finish(callbackUrl: URL, pending: PendingSignIn): Promise<OidcIdentity> {
    const configuration = await this.#discover();
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('the provider returned no ID token');
    let email = typeof claims.email === 'string' ? claims.email : null;
    let verified = claims.email_verified === true;
    if (email === null) {
      const info = await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      email = typeof info.email === 'string' ? info.email : null;
      verified = info.email_verified === true;
    }
    return { issuer: claims.iss, subject: claims.sub, email, emailVerified: verified };
  }

  #discover(): Promise<oidc.Configuration> {
    if (!this.#configuration) {
      const { issuer, clientId, clientSecret } = this.settings;
      const server = new URL(issuer);
      this.#configuration = oidc
        .discovery(
          server,
          clientId,
          undefined,
          clientSecret ? oidc.ClientSecretBasic(clientSecret) : oidc.None(),
          // openid-client refuses plain http; the configuration admits it only for localhost (tests).
          server.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined,
        )
        .catch((error: unknown) => {
          this.#configuration = null;
          throw error;
        });
    }
    return this.#configuration;
  }
}

/**
 * Seals a pending sign-in into a cookie value: base64url JSON and an HMAC-SHA256 under `key`. The
 * browser may read it (it is its own sign-in) but cannot change the state, nonce or return path.
 */
export function sealPendingSignIn(pending: PendingSignIn, key: Buffer): string {
  const body = Buffer.from(JSON.stringify(pending)).toString('base64url');
  return `${body}.${mac(body, key)}`;
}

/** The pending sign-in of a sealed value, or null when it is forged, malformed or too old. */
export function openPendingSignIn(sealed: string | undefined, key: Buffer): PendingSignIn | null {
  const [body, signature, extra] = (sealed ?? '').split('.');
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(body, key));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const pending = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as PendingSignIn;
    return typeof pending.expires === 'number' && pending.expires > Date.now() ? pending : null;
  } catch {
    return null;
  }
}

/**
 * The key sealing pending sign-ins: derived from `secretKey` when configured (every node agrees,
 * so the callback may land on another node), else random per process.
 */
export function pendingSignInKey(secretKey: string | undefined): Buffer {
  return secretKey ? createHmac('sha256', secretKey).update('lionrock oidc pending sign-in').digest() : randomBytes(32);
}

function mac(body: string, key: Buffer): string {
  return createHmac('sha256', key).update(body).digest('base64url');
}
