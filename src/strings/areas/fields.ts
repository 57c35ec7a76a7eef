/** The fields area: its English words with the playbook's own put over them. A module of its own, so only the islands that use it load it. */
import { fields as english } from '../en/fields.ts';
import { withOverrides } from '../merge.ts';
import { overrides } from '../source.ts';

export const fields = /* @__PURE__ */ withOverrides(english, overrides.areas.fields);
