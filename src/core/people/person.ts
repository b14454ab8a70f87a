// The people directory's domain types. Pure: no I/O, no framework.

export const EMPLOYMENT_STATUSES = ['active', 'on_leave', 'departed'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

// Generation bands exist only for aggregate reach reporting; matching never reads them.
export const GENERATION_BANDS = ['silent', 'boomer', 'gen_x', 'millennial', 'gen_z', 'gen_alpha'] as const;
export type GenerationBand = (typeof GENERATION_BANDS)[number];

/** One employee as the directory holds it, keyed by the organization's own employee id. */
export interface PersonRecord {
  employeeId: string;
  name: string;
  email: string;
  department: string;
  jobTitle: string | null;
  /** An ordered grade: a higher number is more senior. */
  level: number;
  /** The manager's employee id; null at the top of a reporting tree. */
  managerEmployeeId: string | null;
  location: string | null;
  /** IANA time zone name, e.g. Europe/Paris. */
  timeZone: string | null;
  /** ISO date YYYY-MM-DD. */
  hireDate: string | null;
  status: EmploymentStatus;
  /** ISO date YYYY-MM-DD; set when status is departed. */
  terminationDate: string | null;
  generationBand: GenerationBand | null;
}
