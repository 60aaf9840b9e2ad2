/** The API's default (`DEFAULT_TIME_ZONE`; the web takes only types from the shared lib). */
export const DEFAULT_TIME_ZONE = 'America/Sao_Paulo';

/** Brazil's IANA zones, São Paulo (Brasília time) first: most of our customers are here. */
export const BRAZIL_TIME_ZONES: readonly string[] = [
  DEFAULT_TIME_ZONE,
  'America/Manaus',
  'America/Belem',
  'America/Fortaleza',
  'America/Recife',
  'America/Cuiaba',
  'America/Porto_Velho',
  'America/Rio_Branco',
  'America/Noronha',
  'America/Bahia',
  'America/Maceio',
  'America/Araguaina',
  'America/Campo_Grande',
  'America/Boa_Vista',
  'America/Santarem',
  'America/Eirunepe',
];

/** Where the runtime cannot list its zones (older engines): a few common ones. */
const FALLBACK_ZONES: readonly string[] = [
  'UTC',
  'America/Argentina/Buenos_Aires',
  'America/Bogota',
  'America/Lima',
  'America/Mexico_City',
  'America/New_York',
  'America/Santiago',
  'Atlantic/Azores',
  'Europe/Lisbon',
  'Europe/London',
];

/** Every other zone the browser knows, alphabetically (Brazil's are listed apart). */
export function otherTimeZones(): string[] {
  const all =
    typeof Intl.supportedValuesOf === 'function'
      ? Intl.supportedValuesOf('timeZone')
      : FALLBACK_ZONES;
  const brazil = new Set(BRAZIL_TIME_ZONES);
  return [...new Set([...all, 'UTC'])].filter((zone) => !brazil.has(zone)).sort();
}

/** "Sao Paulo (GMT-3)": the zone's city and its offset now. */
export function timeZoneLabel(zone: string, now: Date = new Date()): string {
  const city = zone.split('/').slice(1).join(' / ').replaceAll('_', ' ') || zone;
  try {
    const offset = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(now)
      .find((part) => part.type === 'timeZoneName')?.value;
    return offset ? `${city} (${offset})` : city;
  } catch {
    // A zone this browser does not know (saved by a newer one): its name is still right.
    return city;
  }
}
