/** The accessibility area: its English words with the playbook's own put over them. A module of its own, so only the islands that use it load it. */
import { accessibility as english } from '../en/accessibility.ts';
import { withOverrides } from '../merge.ts';
import { overrides } from '../source.ts';

export const accessibility = /* @__PURE__ */ withOverrides(english, overrides.areas.accessibility);
