/** The shared area: its English words with the playbook's own put over them. A module of its own, so only the islands that use it load it. */
import { shared as english } from '../en/shared.ts';
import { withOverrides } from '../merge.ts';
import { overrides } from '../source.ts';

export const shared = /* @__PURE__ */ withOverrides(english, overrides.areas.shared);
