import type { Consent } from './api/consents-api.ts';

/** Why a consent does or does not allow a use now, as the console labels it. */
export type ConsentState = 'live' | 'revoked' | 'expired' | 'not_yet_granted';

/**
 * A consent's state at `now`, in the order the server's check refuses (revoked first, then expired,
 * then not yet granted): the server's `live` flag says whether it allows a use, this says why not.
 */
export function consentState(
  consent: Pick<Consent, 'live' | 'revokedAt' | 'expiresAt'>,
  now = new Date(),
): ConsentState {
  if (consent.revokedAt) return 'revoked';
  if (consent.expiresAt && new Date(consent.expiresAt) <= now) return 'expired';
  return consent.live ? 'live' : 'not_yet_granted';
}
