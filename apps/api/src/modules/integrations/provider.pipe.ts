import { Injectable, type PipeTransform } from '@nestjs/common';
import { IntegrationProvider } from '@loved/shared';
import { IntegrationException } from './integration.exception';

const PROVIDERS: readonly string[] = Object.values(IntegrationProvider);

/** A `:provider` path segment naming a provider we integrate; anything else is not found. */
@Injectable()
export class ProviderPipe implements PipeTransform<string, IntegrationProvider> {
  transform(value: string): IntegrationProvider {
    if (!PROVIDERS.includes(value)) throw IntegrationException.providerNotFound();
    return value as IntegrationProvider;
  }
}
