/** The review area: its English words with the playbook's own put over them. A module of its own, so only the islands that use it load it. */
import { review as english } from '../en/review.ts';
import { withOverrides } from '../merge.ts';
import { overrides } from '../source.ts';

export const review = /* @__PURE__ */ withOverrides(english, overrides.areas.review);
