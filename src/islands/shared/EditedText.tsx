/**
 * Text boxes and text areas that show saved text and save every keystroke as the box's whole
 * text, for any island on `usePersistentDoc`: `<EditedInput>`, `<EditedTextArea>`, and the hook
 * under them, `useEditedText(saved, save)`.
 *
 * While a box has focus it shows what was typed in it, whatever another tab saves meanwhile:
 * each keystroke saves the whole text, so when two tabs type in the same note the saved note is
 * one tab's whole text (the one typed in last), never the two interleaved keystroke by keystroke.
 * When the box loses focus it shows what is saved again. While another tab's text is saved over
 * what this box last saved, a line under the box says so (and describes the box to a screen reader).
 *
 * ```tsx
 * <EditedTextArea id="note-s1" rows={3} value={own(notes, 's1') ?? ''} onSave={(text) => saved.update(...)} />
 * ```
 */
import { useState, type ChangeEvent, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { shared } from '../../strings/index.ts';

export function useEditedText(saved: string, save: (text: string) => void) {
  // What this box holds while it has focus, and what it last saved; null when it does not have focus.
  const [editing, setEditing] = useState<{ text: string; saved: string } | null>(null);
  return {
    changedElsewhere: editing !== null && saved !== editing.saved,
    props: {
      value: editing?.text ?? saved,
      onFocus: () => setEditing({ text: saved, saved }),
      onBlur: () => setEditing(null),
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
        const text = event.target.value;
        setEditing({ text, saved: text });
        save(text);
      },
    },
  };
}

interface Edited {
  id: string;
  /** The saved text. */
  value: string;
  /** Saves the box's whole text. */
  onSave(text: string): void;
}

type Without<Props> = Omit<Props, 'id' | 'value' | 'onChange' | 'onFocus' | 'onBlur' | 'defaultValue'>;

/** The line shown while another tab's text is saved over this box's, and the box's description with it. */
function elsewhere(id: string, changed: boolean, describedBy: string | undefined) {
  const ids = [describedBy, changed ? `${id}-elsewhere` : undefined].filter(Boolean).join(' ');
  return {
    describedBy: ids || undefined,
    line: changed ? (
      <span className="meta island-elsewhere" id={`${id}-elsewhere`}>
        {shared.changedInAnotherTab}
      </span>
    ) : null,
  };
}

export function EditedInput({ id, value, onSave, 'aria-describedby': describedBy, ...rest }: Edited & Without<InputHTMLAttributes<HTMLInputElement>>) {
  const box = useEditedText(value, onSave);
  const note = elsewhere(id, box.changedElsewhere, describedBy);
  return (
    <>
      <input id={id} type="text" {...rest} aria-describedby={note.describedBy} {...box.props} />
      {note.line}
    </>
  );
}

export function EditedTextArea({ id, value, onSave, 'aria-describedby': describedBy, ...rest }: Edited & Without<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  const box = useEditedText(value, onSave);
  const note = elsewhere(id, box.changedElsewhere, describedBy);
  return (
    <>
      <textarea id={id} {...rest} aria-describedby={note.describedBy} {...box.props} />
      {note.line}
    </>
  );
}
