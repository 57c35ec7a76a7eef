/** The book area: its English words with the playbook's own put over them. A module of its own, so only the islands that use it load it. */
import { book as english } from '../en/book.ts';
import { withOverrides } from '../merge.ts';
import { overrides } from '../source.ts';

export const book = /* @__PURE__ */ withOverrides(english, overrides.areas.book);
