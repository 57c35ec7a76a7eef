/** The timer area: its English words with the playbook's own put over them. A module of its own, so only the islands that use it load it. */
import { timer as english } from '../en/timer.ts';
import { withOverrides } from '../merge.ts';
import { overrides } from '../source.ts';

export const timer = /* @__PURE__ */ withOverrides(english, overrides.areas.timer);
