// Two ready-made programs a program manager can start from and then adjust. The numbers follow
// the source material: a formal program with objectives, a time commitment and a regular cadence,
// one pair per mentor, and skills chosen for what each side teaches.
import { defaultTrainingFor, type TrainingModuleDraft } from './default-training.js';

export interface ProgramTemplate {
  key: 'reverse' | 'mutual';
  label: string;
  description: string;
  /** suggested program name */
  name: string;
  /** 3–5 lines of what the company wants from the program, newline separated */
  objectives: string;
  mode: 'reverse' | 'mutual';
  /** expected time commitment per participant */
  hoursPerMonth: number;
  /** days between meetings */
  cadenceDays: number;
  meetingMinutes: number;
  /** pairs per mentor */
  mentorCapacity: number;
  /** minimum difference in level between the senior and the junior of a pair */
  minLevelGap: number;
  /** days a participant has to accept or decline a proposed match */
  responseDays: number;
  /** keys from DEFAULT_SKILLS */
  skillKeys: readonly string[];
  training: readonly TrainingModuleDraft[];
}

const REVERSE: ProgramTemplate = {
  key: 'reverse',
  label: 'Reverse mentoring',
  description:
    'Junior employees mentor senior leaders on technology, social media, consumer culture and new ways of working; the seniors give back career guidance and a view of the business.',
  name: 'Reverse mentoring: digital fluency for leaders',
  objectives: [
    'Help senior leaders use the digital tools and platforms our teams and customers use, with confidence',
    'Give leaders a first-hand view of how younger colleagues and consumers think',
    'Break down status barriers between levels and departments',
    'Improve the engagement and retention of early-career employees',
    'Recognize junior employees who show leadership potential',
  ].join('\n'),
  mode: 'reverse',
  hoursPerMonth: 2,
  cadenceDays: 14,
  meetingMinutes: 45,
  mentorCapacity: 1,
  minLevelGap: 2,
  responseDays: 7,
  skillKeys: [
    'generative-ai-tools',
    'spreadsheet-data-analysis',
    'bi-dashboards',
    'cloud-collaboration-tools',
    'cybersecurity-hygiene',
    'no-code-automation',
    'smartphone-productivity',
    'video-meeting-tools',
    'linkedin-presence',
    'short-form-video',
    'community-management',
    'social-listening',
    'thought-leadership-content',
    'employee-advocacy',
    'online-reputation',
    'gen-z-consumer-habits',
    'creator-economy',
    'gaming-culture',
    'sustainability-expectations',
    'social-commerce',
    'streaming-pop-culture',
    'remote-hybrid-collaboration',
    'agile-rituals',
    'async-communication',
    'inclusive-meetings',
    'younger-talent-expectations',
    'rapid-experimentation',
    'career-planning',
    'navigating-the-organization',
  ],
  training: defaultTrainingFor('reverse'),
};

const MUTUAL: ProgramTemplate = {
  key: 'mutual',
  label: 'Mutual mentoring',
  description:
    'Both people teach and learn: digital, social and consumer know-how in one direction, business acumen, industry practice and career guidance in the other, each with their own goals.',
  name: 'Mutual mentoring: learning across levels',
  objectives: [
    'Let every pair teach and learn in both directions, each person with their own goals',
    'Build digital, social media and consumer fluency among senior leaders',
    'Share business acumen, industry knowledge and career guidance with early-career employees',
    'Connect people across departments, levels and generations',
    'Measure the skill gained on both sides and spot future leaders',
  ].join('\n'),
  mode: 'mutual',
  hoursPerMonth: 3,
  cadenceDays: 14,
  meetingMinutes: 60,
  mentorCapacity: 1,
  minLevelGap: 1,
  responseDays: 7,
  skillKeys: [
    'generative-ai-tools',
    'spreadsheet-data-analysis',
    'bi-dashboards',
    'no-code-automation',
    'cybersecurity-hygiene',
    'linkedin-presence',
    'short-form-video',
    'social-listening',
    'online-reputation',
    'gen-z-consumer-habits',
    'creator-economy',
    'gaming-culture',
    'sustainability-expectations',
    'remote-hybrid-collaboration',
    'agile-rituals',
    'async-communication',
    'inclusive-meetings',
    'younger-talent-expectations',
    'financial-acumen',
    'industry-landscape',
    'customer-negotiation',
    'stakeholder-management',
    'business-strategy',
    'business-vocabulary',
    'business-cases',
    'career-planning',
    'executive-presence',
    'navigating-the-organization',
    'building-a-network',
    'giving-feedback',
    'presenting-to-leaders',
    'leading-a-team',
    'cross-cultural-awareness',
  ],
  training: defaultTrainingFor('mutual'),
};

export const PROGRAM_TEMPLATES: readonly ProgramTemplate[] = [REVERSE, MUTUAL];

export function programTemplate(key: string): ProgramTemplate | undefined {
  return PROGRAM_TEMPLATES.find((template) => template.key === key);
}
