/** The audit area: its English words with the playbook's own put over them. A module of its own, so only the islands that use it load it. */
import { audit as english } from '../en/audit.ts';
import { withOverrides } from '../merge.ts';
import { overrides } from '../source.ts';

export const audit = /* @__PURE__ */ withOverrides(english, overrides.areas.audit);
