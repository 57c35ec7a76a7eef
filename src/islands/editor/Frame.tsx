/**
 * The one frame every control of the editor's form sits in, as GOV.UK lays out a form field: its
 * label (or, for a group of controls, a fieldset's legend), "(optional)" where it may be left
 * empty, its help, and the problems found in it, above the control; a checkbox has its label beside
 * it. The control points at the help and the problems with `aria-describedby` (describedByOf).
 * Leaving the frame (focus moving to something outside it) is reported, so that its problems can
 * show from then on, as GOV.UK's pattern has them.
 */
import type { FocusEvent, ReactNode } from 'react';
import { editor } from '../../strings/index.ts';

export interface FrameProps {
  /** The control's id (the label is for it); for a group, the id its help and problems are named from. */
  id: string;
  label: ReactNode;
  optional?: boolean;
  help?: string;
  messages?: readonly string[];
  /**
   * `control`: a label above one control (the default); `group`: a fieldset with a legend;
   * `checkbox`: a label beside the checkbox that comes first among the children; `note`: a label that
   * names no control of its own (a group not given yet, offered by a button).
   */
  kind?: 'control' | 'group' | 'checkbox' | 'note';
  /** Classes beside `ed-field`. */
  className?: string;
  /** A group that a problem's link can move focus to. */
  focusable?: boolean;
  /** Called when focus leaves the frame for somewhere outside it. */
  onLeave?: () => void;
  children: ReactNode;
}

/** A blur handler that calls `onLeave` once focus has gone outside the element it is on. */
export function leaving(onLeave: (() => void) | undefined): ((event: FocusEvent<HTMLElement>) => void) | undefined {
  if (!onLeave) return undefined;
  return (event) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !event.currentTarget.contains(next)) onLeave();
  };
}

/** The aria-describedby of a control: its help and its problems, where it has them. */
export function describedByOf(id: string, help: string | undefined, messages: readonly string[] | undefined): string | undefined {
  return [help ? `${id}-hint` : '', messages && messages.length > 0 ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function Hint({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p id={id} className="ed-hint">
      {text}
    </p>
  ) : null;
}

/** Problems of one control or item, with "Problem:" for screen readers, as GOV.UK's error message has it. */
export function ErrorText({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <p id={id} className="ed-error-message">
      <span className="visually-hidden">{editor.problemPrefix} </span>
      {messages.join(' ')}
    </p>
  );
}

function Optional({ optional }: { optional: boolean | undefined }) {
  return optional ? <span className="ed-optional"> {editor.optional}</span> : null;
}

export function Frame({ id, label, optional, help, messages = [], kind = 'control', className = '', focusable = false, onLeave, children }: FrameProps): ReactNode {
  const onBlur = leaving(onLeave);
  const classes = `ed-field${messages.length > 0 ? ' ed-field--error' : ''}${className ? ` ${className}` : ''}`;
  const notes = (
    <>
      <Hint id={`${id}-hint`} text={help} />
      <ErrorText id={`${id}-error`} messages={messages} />
    </>
  );
  switch (kind) {
    case 'group':
      return (
        <fieldset className={classes} id={focusable ? id : undefined} tabIndex={focusable ? -1 : undefined} aria-describedby={describedByOf(id, help, messages)} onBlur={onBlur}>
          <legend className="ed-label">
            {label}
            <Optional optional={optional} />
          </legend>
          {notes}
          {children}
        </fieldset>
      );
    case 'checkbox':
      return (
        <div className={classes} onBlur={onBlur}>
          {children}{' '}
          <label htmlFor={id}>{label}</label>
          {notes}
        </div>
      );
    case 'note':
      return (
        <div className={classes} onBlur={onBlur}>
          <p className="ed-label" id={`${id}-label`}>
            {label}
            <Optional optional={optional} />
          </p>
          {notes}
          {children}
        </div>
      );
    default:
      return (
        <div className={classes} onBlur={onBlur}>
          <label htmlFor={id} className="ed-label">
            {label}
            <Optional optional={optional} />
          </label>
          {notes}
          {children}
        </div>
      );
  }
}
