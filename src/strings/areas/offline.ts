/** The offline area: its English words with the playbook's own put over them. A module of its own, so only the islands that use it load it. */
import { offline as english } from '../en/offline.ts';
import { withOverrides } from '../merge.ts';
import { overrides } from '../source.ts';

export const offline = /* @__PURE__ */ withOverrides(english, overrides.areas.offline);
