import type { TranslationKey } from '@/lib/i18n/translate';

/** What the card hands a provider's connect form. */
export type ConnectFormSlotProps = {
  /** After a successful save. */
  onConnected: () => void;
  /** Shown as a cancel button when the form was opened over a working connection. */
  onCancel?: () => void;
};

/** Where the messages of a failed connect go on the form. */
export type ConnectFormErrors<F extends string> = {
  /** Per field: the API's field errors, and the provider's refusals that name one field. */
  fields: Partial<Record<F, string>>;
  /** What belongs to no single field (the provider unreachable, a server error). */
  form?: string;
};

/**
 * One credential on a connect form. `secret` is typed blind; `numeric` is an id of digits;
 * `phone` is E.164 with the phone keypad; `text` is the rest.
 */
export type CredentialFieldSpec<F extends string> = {
  name: F;
  label: TranslationKey;
  hint: TranslationKey;
  kind: 'text' | 'numeric' | 'secret' | 'phone';
  placeholder?: string;
  /** May be left empty: the input is not marked required, so screen readers do not say so. */
  optional?: boolean;
};
