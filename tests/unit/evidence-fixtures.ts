/** A small set of mentor criteria for the evidence form's unit tests (evidence-form.test.ts has its own copy, to fold into this one). */
import type { CriteriaSet } from '../../src/lib/evidence/evidence.ts';

export const set: CriteriaSet = {
  id: 'mentor-set',
  title: 'Mentor set',
  role: 'ITT mentor',
  criteria: [
    { id: 'listens', title: 'Listens', description: 'Listens well.', evidencePrompt: 'Describe a time you listened.' },
    { id: 'challenges', title: 'Challenges', description: 'Challenges kindly.', evidencePrompt: 'Describe a challenge you gave.' },
  ],
};
