/** How an attempt is named in the history, its choices and its comparison: its label, or the day it was started. */
import type { Attempt } from '../../lib/audit/attempts.ts';
import { auditResults, format, formatDate } from '../../strings/index.ts';

export const attemptName = (attempt: Attempt) => attempt.label || format(auditResults.attemptStartedOn, { date: formatDate(attempt.createdAt) });
