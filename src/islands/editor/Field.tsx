/**
 * One field of the editor's form, made from its JSON Schema (see engine/editor/form-schema.ts for
 * which control a field gets): a text box, a number, a select of fixed values, of another
 * collection's entries or of an entry's parts, checkboxes, a group of fields, a list, or a text for
 * each level. Each sits in the form's one frame (Frame.tsx), with its label, help and problems.
 */
import type { ReactNode } from 'react';
import type { JsonSchema } from '../../engine/editor/engine.ts';
import { controlFor, hintFor, labelFor, partTarget, splitMoreOptions, type Control } from '../../engine/editor/form-schema.ts';
import { getAt, type Path } from '../../engine/editor/data-paths.ts';
import { editor, format } from '../../strings/index.ts';
import { ErrorText, Frame, describedByOf, leaving } from './Frame.tsx';
import { ChoiceOptions } from './ChoiceOptions.tsx';
import type { Choice, FieldContext, FieldFrame, FieldProps } from './field-context.ts';
import { GroupField } from './GroupField.tsx';
import { ListField } from './ListField.tsx';
import { PerItemField } from './PerItemField.tsx';

function frameOf({ schema, path, context, help: given }: FieldProps): FieldFrame {
  const id = context.idOf(path);
  const help = given ?? hintFor(path, schema);
  const messages = context.messagesAt(path);
  return { id, value: getAt(context.root, path), help, messages, describedBy: describedByOf(id, help, messages), onLeave: () => context.leave(path) };
}

function shown(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/** What a number box holds, turned into the value the file gets: "" is no value, and text that is no number stays text (the check says so). */
function numberValue(text: string): unknown {
  if (text.trim() === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : text;
}

/** The options of a select field, and what its empty option says; undefined options are still loading. */
function selectOptions(control: Control, props: FieldProps): { options: readonly Choice[] | undefined; empty: string } {
  const { context, path, siblings = [] } = props;
  if (control.kind === 'reference') return { options: context.choices(control.collection), empty: editor.chooseOne };
  if (control.kind === 'part') {
    const collection = partTarget(siblings, control);
    const entry = getAt(context.root, [...path.slice(0, -1), control.entry]);
    const options = collection && typeof entry === 'string' && entry !== '' ? context.parts(collection, entry, control.list) : [];
    return { options, empty: collection ? format(editor.wholeTechnique, context.labelsOf(collection)) : editor.chooseOne };
  }
  return { options: control.kind === 'choice' ? control.values.map((value) => ({ id: value, label: context.valueLabel(value) })) : [], empty: editor.chooseOne };
}

/**
 * The changes a new value of a select makes: the value, and for a reference that a sibling `part`
 * field depends on (a step's technique, whose action step it names), that sibling cleared, since
 * the new entry has parts of its own.
 */
function selectChanges(control: Control, props: FieldProps, value: string | undefined): { path: Path; value: unknown }[] {
  const dependents = control.kind === 'reference' ? (props.siblings ?? []).filter(([, schema]) => {
    const other = controlFor(schema);
    return other.kind === 'part' && other.entry === props.path.at(-1);
  }) : [];
  return [{ path: props.path, value }, ...dependents.map(([name]) => ({ path: [...props.path.slice(0, -1), name], value: undefined }))];
}

function SelectField({ control, props, frame }: { control: Control; props: FieldProps; frame: FieldFrame }): ReactNode {
  const { options, empty } = selectOptions(control, props);
  const current = shown(frame.value);
  // While the choices load, the value is shown as it is; once they are here, one they lack is marked.
  const known = current === '' || options === undefined || options.some((option) => option.id === current);
  return (
    <Frame id={frame.id} label={props.label} optional={!props.required} help={frame.help} messages={frame.messages} onLeave={frame.onLeave}>
      <select id={frame.id} value={current} aria-describedby={frame.describedBy} aria-invalid={frame.messages.length > 0 || undefined} onChange={(event) => props.context.setMany(selectChanges(control, props, event.target.value === '' ? undefined : event.target.value))}>
        <option value="">{empty}</option>
        {current !== '' && !options?.some((option) => option.id === current) && <option value={current}>{known ? current : format(editor.notInPlaybook, { value: current })}</option>}
        {options && <ChoiceOptions options={options} />}
      </select>
      {control.kind === 'reference' && props.context.inPlace?.(control.collection, props.path, frame.value)}
    </Frame>
  );
}

function TextField({ control, props, frame }: { control: Control & { kind: 'text' | 'number' | 'year' }; props: FieldProps; frame: FieldFrame }): ReactNode {
  const { context, path, required } = props;
  const common = { id: frame.id, value: shown(frame.value), 'aria-describedby': frame.describedBy, 'aria-invalid': frame.messages.length > 0 || undefined };
  const onText = (text: string) => context.set(path, control.kind === 'text' ? (text === '' && !required ? undefined : text) : numberValue(text));
  return (
    <Frame id={frame.id} label={props.label} optional={!required} help={frame.help} messages={frame.messages} onLeave={frame.onLeave}>
      {control.kind === 'text' && control.long ? (
        <textarea {...common} rows={3} onChange={(event) => onText(event.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={control.kind === 'text' ? undefined : 'decimal'}
          className={control.kind === 'text' ? 'ed-input' : 'ed-input ed-input--short'}
          spellCheck={control.kind === 'text'}
          onChange={(event) => onText(event.target.value)}
        />
      )}
    </Frame>
  );
}

function ChoicesField({ values, props, frame }: { values: readonly string[]; props: FieldProps; frame: FieldFrame }): ReactNode {
  const { context, path, required } = props;
  const selected = Array.isArray(frame.value) ? frame.value.map(String) : [];
  const toggle = (choice: string, on: boolean) => {
    const next = values.filter((value) => (value === choice ? on : selected.includes(value)));
    context.set(path, next.length === 0 && !required ? undefined : next);
  };
  return (
    <Frame kind="group" id={frame.id} label={props.label} optional={!required} help={frame.help} messages={frame.messages} onLeave={frame.onLeave}>
      <div className="ed-checkboxes">
        {values.map((choice, i) => {
          const id = i === 0 ? frame.id : `${frame.id}-${choice}`;
          return (
            <div key={choice} className="ed-checkbox">
              <input id={id} type="checkbox" checked={selected.includes(choice)} onChange={(event) => toggle(choice, event.target.checked)} />
              <label htmlFor={id}>{context.valueLabel(choice)}</label>
            </div>
          );
        })}
      </div>
    </Frame>
  );
}

export function Field(props: FieldProps): ReactNode {
  const control = controlFor(props.schema);
  const frame = frameOf(props);
  switch (control.kind) {
    case 'choice':
    case 'reference':
    case 'part':
      return <SelectField control={control} props={props} frame={frame} />;
    case 'text':
    case 'number':
    case 'year':
      return <TextField control={control} props={props} frame={frame} />;
    case 'boolean':
      return (
        <Frame kind="checkbox" id={frame.id} label={props.label} help={frame.help} messages={frame.messages} onLeave={frame.onLeave}>
          <input id={frame.id} type="checkbox" checked={frame.value === true} aria-describedby={frame.describedBy} onChange={(event) => props.context.set(props.path, event.target.checked)} />
        </Frame>
      );
    case 'choices':
      return <ChoicesField values={control.values} props={props} frame={frame} />;
    case 'group':
      return (
        <GroupField control={control} props={props} frame={frame}>
          <GroupFields properties={control.properties} required={control.required} path={props.path} context={props.context} />
        </GroupField>
      );
    case 'list':
      return <ListField item={control.item} props={props} frame={frame} renderItem={(item, itemPath, label) => <ListItemFields item={item} path={itemPath} label={label} context={props.context} />} />;
    case 'per-item':
      return <PerItemField control={control} props={props} frame={frame} renderLevel={(levelProps) => <Field {...levelProps} />} />;
    default:
      return null;
  }
}

/** One item of a list: a group's fields under the item's legend (its seldom needed ones under "More options"), or one control labelled as the item. */
function ListItemFields({ item, path, label, context }: { item: JsonSchema; path: Path; label: string; context: FieldContext }): ReactNode {
  const control = controlFor(item);
  if (control.kind !== 'group') return <Field schema={item} path={path} label={label} required context={context} help="" />;
  const id = context.idOf(path);
  const { main, more } = splitMoreOptions(control.properties, control.required, false);
  return (
    <fieldset className="ed-group" id={id} tabIndex={-1} onBlur={leaving(() => context.leave(path))}>
      <legend className="ed-item-legend">{label}</legend>
      <ErrorText id={`${id}-error`} messages={context.messagesAt(path)} />
      <GroupFields properties={main} siblings={control.properties} required={control.required} path={path} context={context} />
      {more.length > 0 && (
        <MoreOptions summary={format(editor.moreOptionsOf, { item: label })}>
          <GroupFields properties={more} siblings={control.properties} required={control.required} path={path} context={context} />
        </MoreOptions>
      )}
    </fieldset>
  );
}

/** Seldom needed fields, folded away until asked for; a problem's link opens it (see reveal in ErrorSummary.tsx). */
export function MoreOptions({ summary, children }: { summary: ReactNode; children: ReactNode }): ReactNode {
  return (
    <details className="ed-more">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}

/** Some fields of a group (or of the whole entry), in the schema's order; `siblings` are all the group's fields, for those that depend on another. */
export function GroupFields({ properties, siblings = properties, required, path, context }: { properties: readonly [string, JsonSchema][]; siblings?: readonly [string, JsonSchema][]; required: readonly string[]; path: Path; context: FieldContext }): ReactNode {
  return properties.map(([name, schema]) => <Field key={name} schema={schema} path={[...path, name]} label={labelFor(name)} required={required.includes(name)} context={context} siblings={siblings} />);
}
