import { z } from 'zod';
import type { PersonDetail } from '../../app/people/get-person.js';
import type { PersonRow } from '../../app/people/list-people.js';
import { EMPLOYMENT_STATUSES } from '../../core/people/person.js';
import { ZRole } from './me.js';

export const ZPersonSummary = z.object({
  id: z.string(),
  employeeId: z.string(),
  name: z.string(),
  email: z.string(),
  department: z.string(),
  jobTitle: z.string().nullable(),
  level: z.number().int(),
  status: z.enum(EMPLOYMENT_STATUSES),
});

const ZPersonRef = z.object({ id: z.string(), name: z.string(), employeeId: z.string() });

export const ZPerson = ZPersonSummary.extend({
  location: z.string().nullable(),
  timeZone: z.string().nullable(),
  hireDate: z.string().nullable(),
  terminationDate: z.string().nullable(),
  generationBand: z.string().nullable(),
  manager: ZPersonRef.nullable(),
  directReports: z.array(ZPersonRef.extend({ jobTitle: z.string().nullable() })),
  user: z.object({ id: z.string(), roles: z.array(ZRole) }).nullable(),
});

export function presentPersonSummary(p: PersonRow): z.infer<typeof ZPersonSummary> {
  return {
    id: p.id,
    employeeId: p.employeeId,
    name: p.name,
    email: p.email,
    department: p.department,
    jobTitle: p.jobTitle,
    level: p.level,
    status: p.status,
  };
}

export function presentPerson(d: PersonDetail): z.infer<typeof ZPerson> {
  const p = d.person;
  return {
    ...presentPersonSummary(p),
    location: p.location,
    timeZone: p.timeZone,
    hireDate: p.hireDate,
    terminationDate: p.terminationDate,
    generationBand: p.generationBand,
    manager: d.manager,
    directReports: d.directReports.map((r) => ({ id: r.id, name: r.name, employeeId: r.employeeId, jobTitle: r.jobTitle })),
    user: d.user,
  };
}
