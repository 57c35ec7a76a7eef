/** The common area: its English words with the playbook's own put over them. A module of its own, so only the islands that use it load it. */
import { common as english } from '../en/common.ts';
import { withOverrides } from '../merge.ts';
import { overrides } from '../source.ts';

export const common = /* @__PURE__ */ withOverrides(english, overrides.areas.common);
