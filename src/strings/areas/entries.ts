/** The entries area: its English words with the playbook's own put over them. A module of its own, so only the islands that use it load it. */
import { entries as english } from '../en/entries.ts';
import { withOverrides } from '../merge.ts';
import { overrides } from '../source.ts';

export const entries = /* @__PURE__ */ withOverrides(english, overrides.areas.entries);
