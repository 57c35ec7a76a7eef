/** The editor area: its English words with the playbook's own put over them. A module of its own, so only the islands that use it load it. */
import { editor as english } from '../en/editor.ts';
import { withOverrides } from '../merge.ts';
import { overrides } from '../source.ts';

export const editor = /* @__PURE__ */ withOverrides(english, overrides.areas.editor);
