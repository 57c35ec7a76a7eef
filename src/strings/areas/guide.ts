/** The guide area: its English words with the playbook's own put over them. A module of its own, so only the islands that use it load it. */
import { guide as english } from '../en/guide.ts';
import { withOverrides } from '../merge.ts';
import { overrides } from '../source.ts';

export const guide = /* @__PURE__ */ withOverrides(english, overrides.areas.guide);
