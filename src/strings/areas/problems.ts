/** The problems area: its English words with the playbook's own put over them. A module of its own, so only the islands that use it load it. */
import { problems as english } from '../en/problems.ts';
import { withOverrides } from '../merge.ts';
import { overrides } from '../source.ts';

export const problems = /* @__PURE__ */ withOverrides(english, overrides.areas.problems);
