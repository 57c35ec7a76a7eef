/** The coaching area: its English words with the playbook's own put over them. A module of its own, so only the islands that use it load it. */
import { coaching as english } from '../en/coaching.ts';
import { withOverrides } from '../merge.ts';
import { overrides } from '../source.ts';

export const coaching = /* @__PURE__ */ withOverrides(english, overrides.areas.coaching);
