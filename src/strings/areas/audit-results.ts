/** The self-audit area's words for its results in detail, history and comparisons (en/audit-results.ts), with the playbook's own put over them: the same "audit" area in content/strings.yaml, in a module of its own. */
import { auditResults as english } from '../en/audit-results.ts';
import { withOverrides } from '../merge.ts';
import { overrides } from '../source.ts';

export const auditResults = /* @__PURE__ */ withOverrides(english, overrides.areas.audit);
