import { SKILL_CATEGORIES, type Skill, type SkillCategory } from '../../api/programs';

export interface SkillGroup {
  category: SkillCategory;
  skills: Skill[];
}

/** The catalogue by category, in the contract's category order, skills by label; empty groups dropped. */
export function groupSkills(skills: readonly Skill[]): SkillGroup[] {
  return SKILL_CATEGORIES.map((category) => ({
    category,
    skills: skills.filter((skill) => skill.category === category).sort((a, b) => a.label.localeCompare(b.label)),
  })).filter((group) => group.skills.length > 0);
}

/** A skill's label from the catalogue; the key itself if the skill was removed from it. */
export function skillLabel(skills: readonly Skill[], key: string): string {
  return skills.find((skill) => skill.key === key)?.label ?? key;
}
