/** Mentor criteria: what a mentor or coach in a role does well, with evidence prompts and the stages of the role. */
import { defineCollection, each } from '../define.ts';
import { mentorCriteriaSchema, MENTOR_ROLES } from './schema.ts';
import { template } from './template.ts';
import { entries as words } from '../../strings/index.ts';

/** Words readers see for each role. */
export const MENTOR_ROLE_LABELS: Record<(typeof MENTOR_ROLES)[number], string> = { 'itt-mentor': words.roleIttMentor, 'early-career-mentor': words.roleEarlyCareerMentor, coach: words.roleCoach };

export const mentorCriteria = defineCollection({
  name: 'mentorCriteria',
  path: 'mentor-criteria',
  format: 'mdx',
  labels: { singular: 'mentor criteria set', plural: 'mentor criteria', type: 'Mentor criteria' },
  route: 'mentor-criteria',
  nav: 8,
  schema: mentorCriteriaSchema,
  references: (data) => [...(data.audit ? [{ path: ['audit'], target: 'audits', id: data.audit }] : []), ...each(['sources'], 'sources', data.sources)],
  check(checker, entry) {
    checker.unique(entry, ['criteria'], entry.data.criteria.map((criterion) => criterion.id));
  },
  citations: (data) => ({ items: data.sources }),
  template,
  valueLabels: MENTOR_ROLE_LABELS,
  index: { facts: (entry) => MENTOR_ROLE_LABELS[entry.data.role] },
});
