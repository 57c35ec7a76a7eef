/** The search area: its English words with the playbook's own put over them. A module of its own, so only the islands that use it load it. */
import { search as english } from '../en/search.ts';
import { withOverrides } from '../merge.ts';
import { overrides } from '../source.ts';

export const search = /* @__PURE__ */ withOverrides(english, overrides.areas.search);
