import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person the test provider knows; they sign in by typing `sub` into the provider's login form. */
export interface TestOidcAccount {
  sub: string;
  email: string;
  name: string;
  /** Whether the provider vouches for the e-mail address (default true). */
  emailVerified?: boolean;
}

export interface TestOidcProviderOptions {
  accounts: TestOidcAccount[];
  /**
   * Redirect URLs of the client. Loopback http URLs match on any port (RFC 8252 §7.3: the client
   * is registered as `native`), so a test may register them before its server has a port.
   */
  redirectUris: string[];
  /** A public client (PKCE alone, no secret) instead of a confidential one. */
  publicClient?: boolean;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  close(): Promise<void>;
}

const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//;

/**
 * Starts a real OpenID Connect provider (`oidc-provider`, the certified implementation) on
 * 127.0.0.1 with a random port, for sign-in tests: authorization code flow with PKCE required,
 * its development login and consent pages (log in with an account's `sub`, any password).
 *
 * @example
 * const idp = await startOidcProvider({ accounts: [{ sub: 'u1', email: 'a@b.hk', name: 'A' }],
 *   redirectUris: ['http://127.0.0.1/auth/oidc/callback'] });
 * // config: { oidcIssuer: idp.issuer, oidcClientId: idp.clientId, oidcClientSecret: idp.clientSecret }
 * await idp.close();
 */
export async function startOidcProvider(options: TestOidcProviderOptions): Promise<TestOidcProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'lionrock-console';
  const clientSecret = options.publicClient ? undefined : 'lionrock-test-client-secret-0123456789';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        ...(clientSecret ? { client_secret: clientSecret } : { token_endpoint_auth_method: 'none' }),
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        ...(options.redirectUris.every((uri) => LOOPBACK.test(uri)) ? { application_type: 'native' } : {}),
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_ctx, id) => {
      const account = options.accounts.find((a) => a.sub === id);
      if (!account) return undefined;
      return {
        accountId: account.sub,
        claims: () => ({
          sub: account.sub,
          email: account.email,
          email_verified: account.emailVerified ?? true,
          name: account.name,
        }),
      };
    },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['lionrock-test-provider-cookie-key'] },
    // Its own signing key and lifetimes: the provider's quick-start defaults each print a warning.
    jwks: {
      keys: [
        {
          ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
          kid: 'test',
          use: 'sig',
          alg: 'RS256',
        },
      ],
    },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    clientId,
    ...(clientSecret ? { clientSecret } : {}),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
