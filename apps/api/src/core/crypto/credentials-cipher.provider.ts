import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { resolveCredentialKeys } from '../config/credentials-encryption-keys';
import { CredentialsCipher } from './credentials-cipher';

/** The cipher sealing stored provider credentials and signing secrets, with the configured keys. */
export const credentialsCipherProvider: Provider = {
  provide: CredentialsCipher,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => new CredentialsCipher(resolveCredentialKeys(config)),
};
