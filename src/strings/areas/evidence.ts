/** The evidence area: its English words with the playbook's own put over them. A module of its own, so only the islands that use it load it. */
import { evidence as english } from '../en/evidence.ts';
import { withOverrides } from '../merge.ts';
import { overrides } from '../source.ts';

export const evidence = /* @__PURE__ */ withOverrides(english, overrides.areas.evidence);
