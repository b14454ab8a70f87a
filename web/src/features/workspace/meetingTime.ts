// Meeting times in the browser: the reader's zone, a zone list, and local date/time fields.

/** The browser's own IANA zone ("Europe/London"), else UTC. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Every zone the browser knows, with `also` (the preselected ones) guaranteed in the list. */
export function timeZoneOptions(...also: Array<string | null | undefined>): string[] {
  let zones: string[];
  try {
    zones =
      (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  } catch {
    zones = [];
  }
  const all = new Set([...zones, 'UTC']);
  for (const z of also) if (z) all.add(z);
  return [...all].sort((a, b) => a.localeCompare(b));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The date ('YYYY-MM-DD') and time ('HH:mm') of an instant in a zone, for date and time fields. */
export function localParts(iso: string, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(new Date(iso));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    date: `${get('year')}-${pad(get('month'))}-${pad(get('day'))}`,
    time: `${pad(get('hour') % 24)}:${pad(get('minute'))}`,
  };
}

/** "Tue 16 Mar 2027, 10:00" in the zone, for the lists. */
export function formatMeetingTime(iso: string, timeZone: string): string {
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return f.format(new Date(iso));
}
