// The organization-wide default skill catalogue. A program starts from these skills (a template
// picks a subset) and participants say which of them they can teach and which they want to learn.
// Categories follow what the source material says junior mentors teach (technology, social media,
// consumer culture, new ways of working) and what seniors give back (business acumen, industry
// practice, career guidance). A skill is a skill, never a generation: nothing here is tied to age.

export const SKILL_CATEGORIES = [
  'technology',
  'social_media',
  'consumer_culture',
  'ways_of_working',
  'business_industry',
  'leadership_career',
  'other',
] as const;

export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

export const SKILL_CATEGORY_LABELS: Record<SkillCategory, string> = {
  technology: 'Technology',
  social_media: 'Social media',
  consumer_culture: 'Consumer culture',
  ways_of_working: 'Ways of working',
  business_industry: 'Business and industry',
  leadership_career: 'Leadership and career',
  other: 'Other',
};

export interface CatalogueSkill {
  /** kebab-case, unique, at most SKILL_KEY_MAX_LENGTH characters, matching SKILL_KEY_PATTERN */
  key: string;
  label: string;
  category: SkillCategory;
}

export const SKILL_KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SKILL_KEY_MAX_LENGTH = 40;

export const DEFAULT_SKILLS: readonly CatalogueSkill[] = [
  // Technology
  { key: 'generative-ai-tools', label: 'Generative AI tools for everyday work', category: 'technology' },
  { key: 'spreadsheet-data-analysis', label: 'Data analysis with spreadsheets', category: 'technology' },
  { key: 'bi-dashboards', label: 'Dashboards and business intelligence tools', category: 'technology' },
  { key: 'cloud-collaboration-tools', label: 'Cloud documents and collaboration tools', category: 'technology' },
  { key: 'cybersecurity-hygiene', label: 'Cybersecurity hygiene and phishing awareness', category: 'technology' },
  { key: 'no-code-automation', label: 'Automation with no-code tools', category: 'technology' },
  { key: 'smartphone-productivity', label: 'Getting more from your smartphone and apps', category: 'technology' },
  { key: 'video-meeting-tools', label: 'Video meetings and virtual presenting', category: 'technology' },

  // Social media
  { key: 'linkedin-presence', label: 'Building a LinkedIn presence', category: 'social_media' },
  { key: 'short-form-video', label: 'TikTok, Reels and short-form video', category: 'social_media' },
  { key: 'community-management', label: 'Online community management', category: 'social_media' },
  { key: 'social-listening', label: 'Social listening and trend spotting', category: 'social_media' },
  {
    key: 'thought-leadership-content',
    label: 'Writing posts and thought-leadership content',
    category: 'social_media',
  },
  { key: 'employee-advocacy', label: 'Employer brand and employee advocacy', category: 'social_media' },
  { key: 'online-reputation', label: 'Responsible posting and online reputation', category: 'social_media' },

  // Consumer culture
  { key: 'gen-z-consumer-habits', label: 'Gen Z consumer habits', category: 'consumer_culture' },
  { key: 'creator-economy', label: 'The creator economy and influencers', category: 'consumer_culture' },
  { key: 'gaming-culture', label: 'Gaming culture', category: 'consumer_culture' },
  {
    key: 'sustainability-expectations',
    label: 'Sustainability and ethical expectations',
    category: 'consumer_culture',
  },
  { key: 'social-commerce', label: 'Social commerce and digital-first shopping', category: 'consumer_culture' },
  { key: 'streaming-pop-culture', label: 'Streaming, music and pop culture', category: 'consumer_culture' },

  // Ways of working
  { key: 'remote-hybrid-collaboration', label: 'Remote and hybrid collaboration', category: 'ways_of_working' },
  { key: 'agile-rituals', label: 'Agile rituals: stand-ups, sprints, retrospectives', category: 'ways_of_working' },
  { key: 'async-communication', label: 'Asynchronous communication', category: 'ways_of_working' },
  { key: 'inclusive-meetings', label: 'Running inclusive meetings', category: 'ways_of_working' },
  {
    key: 'younger-talent-expectations',
    label: 'What younger colleagues expect from work',
    category: 'ways_of_working',
  },
  { key: 'rapid-experimentation', label: 'Rapid experimentation and prototyping', category: 'ways_of_working' },
  {
    key: 'digital-wellbeing',
    label: 'Boundaries and wellbeing in an always-on workplace',
    category: 'ways_of_working',
  },

  // Business and industry
  { key: 'financial-acumen', label: 'P&L and financial acumen', category: 'business_industry' },
  { key: 'industry-landscape', label: 'Our industry landscape and competitors', category: 'business_industry' },
  { key: 'customer-negotiation', label: 'Negotiating with customers', category: 'business_industry' },
  { key: 'stakeholder-management', label: 'Stakeholder management', category: 'business_industry' },
  { key: 'business-strategy', label: 'Business strategy', category: 'business_industry' },
  { key: 'business-vocabulary', label: 'Business terminology and industry practice', category: 'business_industry' },
  { key: 'business-cases', label: 'Building a business case', category: 'business_industry' },

  // Leadership and career
  { key: 'career-planning', label: 'Career planning', category: 'leadership_career' },
  { key: 'executive-presence', label: 'Executive presence', category: 'leadership_career' },
  { key: 'navigating-the-organization', label: 'Navigating the organization', category: 'leadership_career' },
  { key: 'building-a-network', label: 'Building a professional network', category: 'leadership_career' },
  { key: 'giving-feedback', label: 'Giving and receiving feedback', category: 'leadership_career' },
  { key: 'presenting-to-leaders', label: 'Presenting to senior audiences', category: 'leadership_career' },
  { key: 'leading-a-team', label: 'Leading and motivating a team', category: 'leadership_career' },

  // Other
  { key: 'cross-cultural-awareness', label: 'Cross-cultural awareness', category: 'other' },
  { key: 'interests-beyond-work', label: 'Interests beyond work', category: 'other' },
];

export function catalogueSkill(key: string): CatalogueSkill | undefined {
  return DEFAULT_SKILLS.find((skill) => skill.key === key);
}
