/** The groupResults area: its English words with the playbook's own put over them. A module of its own, so only the islands that use it load it. */
import { groupResults as english } from '../en/group-results.ts';
import { withOverrides } from '../merge.ts';
import { overrides } from '../source.ts';

export const groupResults = /* @__PURE__ */ withOverrides(english, overrides.areas.groupResults);
