// The two people of a pair, joined twice from `people` under their own names.
import { alias } from 'drizzle-orm/pg-core';
import { people } from '../../db/schema.js';

export const mentorP = alias(people, 'mentor_p');
export const menteeP = alias(people, 'mentee_p');

export const briefOf = (p: typeof mentorP | typeof menteeP) => ({ id: p.id, name: p.name, email: p.email, department: p.department, jobTitle: p.jobTitle, level: p.level });
