import type { CredentialsCipher, SealedCredentials } from '../../core/crypto/credentials-cipher';

type SealedSecret = { secret: string };

/** Binds the sealed secret to its endpoint, so a value copied onto another row does not open. */
const secretContext = (organizationId: string, endpointId: string): string =>
  `webhook-endpoint:${organizationId}:${endpointId}`;

export function sealWebhookSecret(
  cipher: CredentialsCipher,
  organizationId: string,
  endpointId: string,
  secret: string,
): SealedCredentials {
  return cipher.seal({ secret } satisfies SealedSecret, secretContext(organizationId, endpointId));
}

export function openWebhookSecret(
  cipher: CredentialsCipher,
  endpoint: { organizationId: string; id: string; encryptedSecret: Buffer; secretKeyId: string },
): string {
  return cipher.open<SealedSecret>(
    endpoint.encryptedSecret,
    endpoint.secretKeyId,
    secretContext(endpoint.organizationId, endpoint.id),
  ).secret;
}
