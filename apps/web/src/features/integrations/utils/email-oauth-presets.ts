import type { MailOAuthProvider } from '@loved/shared';
import type { EmailConnectValues } from '@/features/integrations/utils/email-connect-values';

type ServerPreset = { host: string; port: number; secure: boolean };
type ProviderPreset = { imap: ServerPreset; smtp: ServerPreset };

/** Where each provider's mailboxes log in with OAuth2, as its own setup pages say. */
const PRESETS: Record<MailOAuthProvider, ProviderPreset> = {
  google: {
    imap: { host: 'imap.gmail.com', port: 993, secure: true },
    smtp: { host: 'smtp.gmail.com', port: 465, secure: true },
  },
  microsoft: {
    imap: { host: 'outlook.office365.com', port: 993, secure: true },
    // Microsoft 365 sends only on 587, upgraded with STARTTLS.
    smtp: { host: 'smtp.office365.com', port: 587, secure: false },
  },
};

/** A host nobody typed: empty, or a provider's preset, filled in when that one was chosen. */
function isUntouchedHost(host: string, server: 'imap' | 'smtp'): boolean {
  const trimmed = host.trim();
  return !trimmed || Object.values(PRESETS).some((preset) => preset[server].host === trimmed);
}

/**
 * The server values to fill in when `provider` is chosen. A group goes as a whole (host, port
 * and TLS), and only while its host is still empty or a provider's preset: the port
 * always holds a default, so it cannot tell by itself whether the admin chose it, and a host
 * the admin typed stays with the port that goes with it.
 */
export function oauthPresetValuesOf(
  provider: MailOAuthProvider,
  values: EmailConnectValues,
): Partial<EmailConnectValues> {
  const changes: Partial<EmailConnectValues> = {};
  for (const server of ['imap', 'smtp'] as const) {
    if (!isUntouchedHost(values[`${server}_host`], server)) continue;
    const preset = PRESETS[provider][server];
    changes[`${server}_host`] = preset.host;
    changes[`${server}_port`] = String(preset.port);
    changes[`${server}_secure`] = String(preset.secure);
  }
  return changes;
}
