// A tiny RFC 5545 reader for tests: unfolds lines, splits properties and parameters, groups
// components. Enough to check what Tandem writes, independently of the library that wrote it.

export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface IcsComponent {
  type: string;
  props: IcsProperty[];
  children: IcsComponent[];
}

/** Content lines after unfolding (a CRLF followed by a space or tab continues the line). */
export function unfold(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l !== '');
}

function parseLine(line: string): IcsProperty {
  // The value starts at the first colon outside a quoted parameter value.
  let inQuotes = false;
  let split = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ':' && !inQuotes) {
      split = i;
      break;
    }
  }
  const head = line.slice(0, split);
  const value = line.slice(split + 1);
  const [name, ...rawParams] = head.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const params: Record<string, string> = {};
  for (const p of rawParams) {
    const eq = p.indexOf('=');
    params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"|"$/g, '');
  }
  return { name: (name ?? '').toUpperCase(), params, value };
}

export function parseIcs(text: string): IcsComponent {
  const root: IcsComponent = { type: 'ROOT', props: [], children: [] };
  const stack: IcsComponent[] = [root];
  for (const line of unfold(text)) {
    const p = parseLine(line);
    const top = stack[stack.length - 1] as IcsComponent;
    if (p.name === 'BEGIN') {
      const c: IcsComponent = { type: p.value.toUpperCase(), props: [], children: [] };
      top.children.push(c);
      stack.push(c);
    } else if (p.name === 'END') {
      if (top.type !== p.value.toUpperCase()) throw new Error(`END:${p.value} closes ${top.type}`);
      stack.pop();
    } else top.props.push(p);
  }
  if (stack.length !== 1) throw new Error('unterminated component');
  const [calendar] = root.children;
  if (!calendar || calendar.type !== 'VCALENDAR' || root.children.length !== 1) throw new Error('not one VCALENDAR');
  return calendar;
}

export const prop = (c: IcsComponent, name: string) => c.props.find((p) => p.name === name);
export const value = (c: IcsComponent, name: string) => prop(c, name)?.value;
export const events = (cal: IcsComponent) => cal.children.filter((c) => c.type === 'VEVENT');

/** Unescapes a TEXT value (RFC 5545 3.3.11). */
export function text(v: string | undefined): string | undefined {
  return v?.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/**
 * The instant of a DATE-TIME property: UTC ("…Z"), or local time with a TZID resolved through
 * the calendar's own VTIMEZONE (the observance in force: the latest DTSTART not after it).
 */
export function instantOf(cal: IcsComponent, p: IcsProperty): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/.exec(p.value);
  if (!m) throw new Error(`not a DATE-TIME: ${p.value}`);
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const local = Date.UTC(y, mo - 1, d, h, mi, s);
  if (m[7] === 'Z') return new Date(local);
  const tzid = p.params.TZID;
  const zone = cal.children.find((c) => c.type === 'VTIMEZONE' && value(c, 'TZID') === tzid);
  if (!zone) throw new Error(`no VTIMEZONE for ${tzid}`);
  const observances = zone.children.map((o) => {
    const start = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(value(o, 'DTSTART') ?? '');
    if (!start) throw new Error('observance without DTSTART');
    const [oy, om, od, oh, omi, os] = start.slice(1, 7).map(Number) as [number, number, number, number, number, number];
    return {
      localStart: Date.UTC(oy, om - 1, od, oh, omi, os),
      to: offset(value(o, 'TZOFFSETTO') ?? ''),
      from: offset(value(o, 'TZOFFSETFROM') ?? ''),
    };
  });
  // Observance starts are local times before the change; compare in UTC to pick the one in force.
  const utcStart = (o: (typeof observances)[number]) => o.localStart - o.from * 60_000;
  const inForceAt = (instant: number) =>
    observances.filter((o) => utcStart(o) <= instant).sort((a, b) => utcStart(b) - utcStart(a))[0];
  // Each offset the zone uses gives a candidate instant; it counts if that offset is the one in
  // force then. Two count in the hour repeated when clocks go back: the first occurrence is
  // meant (RFC 5545 3.3.5).
  const readings = [...new Set(observances.map((o) => o.to))]
    .map((to) => local - to * 60_000)
    .filter((t) => inForceAt(t)?.to === (local - t) / 60_000)
    .sort((a, b) => a - b);
  if (readings[0] === undefined) throw new Error(`no observance of ${tzid} covers ${p.value}`);
  return new Date(readings[0]);
}

function offset(text: string): number {
  const m = /^([+-])(\d{2})(\d{2})$/.exec(text);
  if (!m) throw new Error(`bad offset ${text}`);
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}
