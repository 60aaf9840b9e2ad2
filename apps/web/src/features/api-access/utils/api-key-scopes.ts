import type { ApiKeyScope } from '@loved/shared';

// The web bundle takes only types from @loved/shared; the record makes a scope added there
// fail to compile here until it is offered (and given texts).
const SCOPES: Record<ApiKeyScope, true> = {
  'leads:read': true,
  'leads:write': true,
  'communications:read': true,
  'communications:write': true,
  'webhooks:manage': true,
};

/** The scopes a key can be given, in the order the form offers them. */
export const API_KEY_SCOPE_OPTIONS = Object.keys(SCOPES) as ApiKeyScope[];
