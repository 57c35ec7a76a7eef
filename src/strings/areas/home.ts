/** The home area: its English words with the playbook's own put over them. A module of its own, so only the islands that use it load it. */
import { home as english } from '../en/home.ts';
import { withOverrides } from '../merge.ts';
import { overrides } from '../source.ts';

export const home = /* @__PURE__ */ withOverrides(english, overrides.areas.home);
