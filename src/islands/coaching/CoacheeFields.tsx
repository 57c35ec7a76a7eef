/**
 * The two fields that name a coachee, wherever one is added or renamed: their label (a first name
 * or initials, with a note on who sees it, and a message beside it when it is missing) and their
 * school or group, for the trends.
 */
import { LIMITS } from '../../lib/coaching/schema.ts';
import { coaching as words } from '../../strings/index.ts';

interface Props {
  idPrefix: string;
  label: string;
  group: string;
  /** The message beside an empty label, or none. */
  missing: string | undefined;
  onLabel: (label: string) => void;
  onGroup: (group: string) => void;
  /** Enter in the label field, where it adds the coachee. */
  onEnter?: () => void;
}

export function CoacheeFields({ idPrefix, label, group, missing, onLabel, onGroup, onEnter }: Props) {
  const hint = `${idPrefix}-label-hint`;
  const error = `${idPrefix}-label-missing`;
  return (
    <>
      <p>
        <label htmlFor={`${idPrefix}-label`}>{words.newCoacheeLabel}</label>
        <span className="meta" id={hint}>
          {words.newCoacheeHint}
        </span>
        <input
          id={`${idPrefix}-label`}
          type="text"
          autoComplete="off"
          maxLength={LIMITS.label}
          value={label}
          aria-describedby={missing ? `${hint} ${error}` : hint}
          aria-invalid={missing ? true : undefined}
          onChange={(event) => onLabel(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && onEnter) onEnter();
          }}
        />
        {missing && (
          <span className="coaching-field-error" id={error}>
            {missing}
          </span>
        )}
      </p>
      <p>
        <label htmlFor={`${idPrefix}-group`}>{words.newCoacheeGroup}</label>
        <input id={`${idPrefix}-group`} type="text" autoComplete="off" maxLength={LIMITS.group} value={group} onChange={(event) => onGroup(event.target.value)} />
      </p>
    </>
  );
}
