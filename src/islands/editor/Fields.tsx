/**
 * The editor's form, built from a collection's JSON Schema: one control a field, each with its
 * label, its documented description and default, and the problems found in it. Lists add, remove
 * and reorder items with buttons (keyboard and mouse alike). Fields that name another entry are
 * chosen from the playbook's entries; a sequence step's action step from its technique's steps.
 */
import type { ReactNode } from 'react';
import type { CollectionName, JsonSchema, Problem } from '../../engine/editor/engine.ts';
import { controlFor, fieldDomId, getAt, helpFor, itemNounFor, labelFor, pathPattern, type Path } from '../../engine/editor/form-schema.ts';
import { formatPath } from '../../engine/editor/engine.ts';
import { definitionOf } from '../../collections/index.ts';
import { editor, format, formatPlural } from '../../strings/index.ts';
import { Fill } from '../shared/fill.tsx';

export interface Choice {
  id: string;
  label: string;
  /** The heading it is listed under, like a technique's strand; choices without one come last. */
  group?: string;
}

export interface FieldContext {
  /** The whole entry's data, for fields that depend on another (a step's technique). */
  root: unknown;
  /** Which fields name entries of which collection, by path pattern. */
  references: Map<string, CollectionName>;
  /** The entries of a collection to choose from. */
  choices: (collection: CollectionName) => Choice[];
  /** The action steps of a technique. */
  stepsOf: (technique: string) => Choice[];
  /** A readable label for an allowed value (a phase or subject id). */
  valueLabel: (value: string) => string;
  /** Problems by field, as the content check names fields. */
  problems: Map<string, Problem[]>;
  /** Whether to show problems beside fields (after the user asked to finish, or left the field). */
  showProblems: boolean;
  set: (path: Path, value: unknown) => void;
  /** Asks for focus to go to a control once the form has re-rendered. */
  focusLater: (id: string) => void;
  /** Says something to screen reader users (a list item moved or removed), in a polite live region. */
  announce: (message: string) => void;
}

/** The problems of exactly this field, as sentences. */
function messagesFor(path: Path, context: FieldContext): string[] {
  return (context.problems.get(formatPath(path)) ?? []).map((problem) => format(editor.problemSentence, { expected: problem.expected, found: problem.found }));
}

function Hint({ id, text }: { id: string; text: string }) {
  return text ? (
    <p id={id} className="ed-hint">
      {text}
    </p>
  ) : null;
}

function ErrorText({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <p id={id} className="ed-error-message">
      <span className="visually-hidden">{editor.problemPrefix} </span>
      {messages.join(' ')}
    </p>
  );
}

/** A labelled control: its label, help and problems above it, as GOV.UK lays out a form field. */
export function LabelledControl({ id, label, optional, help, messages, children }: { id: string; label: string; optional: boolean; help: string; messages: string[]; children: ReactNode }): ReactNode {
  return (
    <div className={`ed-field${messages.length > 0 ? ' ed-field--error' : ''}`}>
      <label htmlFor={id} className="ed-label">
        {label}
        {optional && <span className="ed-optional"> {editor.optional}</span>}
      </label>
      <Hint id={`${id}-hint`} text={help} />
      <ErrorText id={`${id}-error`} messages={messages} />
      {children}
    </div>
  );
}

/** A group of controls under a legend, with the group's help and problems, as GOV.UK lays out a fieldset. */
function LegendedGroup({ id, extraClass = '', label, optional, help, messages, focusable = false, children }: { id: string; extraClass?: string; label: string; optional: boolean; help: string; messages: string[]; focusable?: boolean; children: ReactNode }): ReactNode {
  return (
    <fieldset className={`ed-field${messages.length > 0 ? ' ed-field--error' : ''}${extraClass}`} id={focusable ? id : undefined} tabIndex={focusable ? -1 : undefined} aria-describedby={describedByOf(id, help, messages)}>
      <legend className="ed-label">
        {label}
        {optional && <span className="ed-optional"> {editor.optional}</span>}
      </legend>
      <Hint id={`${id}-hint`} text={help} />
      <ErrorText id={`${id}-error`} messages={messages} />
      {children}
    </fieldset>
  );
}

/** The aria-describedby of a control: its help and its problems, where it has them. */
export function describedByOf(id: string, help: string, messages: readonly string[]): string | undefined {
  return [help ? `${id}-hint` : '', messages.length > 0 ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** Move up, move down and remove buttons for one item of a list; `base` is the item's id. */
export function ItemActions({ base, label, index, count, onMove, onRemove }: { base: string; label: string; index: number; count: number; onMove: (to: number, button: 'up' | 'down') => void; onRemove: () => void }): ReactNode {
  const named = <span className="visually-hidden"> {label.toLowerCase()}</span>;
  return (
    <div className="ed-item-actions">
      <button type="button" id={`${base}-up`} className="island-button island-button--quiet" disabled={index === 0} onClick={() => onMove(index - 1, 'up')}>
        <Fill template={editor.moveUp} values={{ item: named }} />
      </button>
      <button type="button" id={`${base}-down`} className="island-button island-button--quiet" disabled={index === count - 1} onClick={() => onMove(index + 1, 'down')}>
        <Fill template={editor.moveDown} values={{ item: named }} />
      </button>
      <button type="button" id={`${base}-remove`} className="island-button island-button--quiet" onClick={onRemove}>
        <Fill template={editor.remove} values={{ item: named }} />
      </button>
    </div>
  );
}

/**
 * Moves a list item and says where focus goes: the same button of the moved item, or the other
 * one when the item reaches an end (where its button is disabled). `idOf` gives an item's id.
 */
export function moveWithFocus<T>(list: readonly T[], from: number, to: number, button: 'up' | 'down', idOf: (index: number) => string): { next: T[]; focus: string } {
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  const edge = (button === 'up' && to === 0) || (button === 'down' && to === next.length - 1);
  return { next, focus: `${idOf(to)}-${edge ? (button === 'up' ? 'down' : 'up') : button}` };
}

function ChoiceOption({ option }: { option: Choice }): ReactNode {
  return <option value={option.id}>{option.label === option.id ? option.id : `${option.label} (${option.id})`}</option>;
}

/** The options of a select, under a heading each when they have groups (techniques by strand), in the order given. */
export function ChoiceOptions({ options }: { options: readonly Choice[] }): ReactNode {
  const groups = [...new Set(options.map((option) => option.group).filter((group): group is string => group !== undefined))];
  if (groups.length === 0) return options.map((option) => <ChoiceOption key={option.id} option={option} />);
  return (
    <>
      {groups.map((group) => (
        <optgroup key={group} label={group}>
          {options
            .filter((option) => option.group === group)
            .map((option) => (
              <ChoiceOption key={option.id} option={option} />
            ))}
        </optgroup>
      ))}
      {options
        .filter((option) => option.group === undefined)
        .map((option) => (
          <ChoiceOption key={option.id} option={option} />
        ))}
    </>
  );
}

interface FieldProps {
  schema: JsonSchema;
  path: Path;
  /** The field's name, or the item's position in a list. */
  name: string | number;
  label: string;
  required: boolean;
  context: FieldContext;
}

/** What a text box holds, turned into the value the file gets: "" is no value. */
function numberValue(text: string): unknown {
  if (text.trim() === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : text;
}

function shown(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

export function Field({ schema, path, name, label, required, context }: FieldProps): ReactNode {
  const control = controlFor(schema, name);
  const id = fieldDomId(path);
  const value = getAt(context.root, path);
  const help = helpFor(schema);
  const messages = context.showProblems ? messagesFor(path, context) : [];
  const describedBy = describedByOf(id, help, messages);
  const optional = required ? null : <span className="ed-optional"> {editor.optional}</span>;
  const invalid = messages.length > 0 || undefined;
  const wrapClass = `ed-field${messages.length > 0 ? ' ed-field--error' : ''}`;
  const target = context.references.get(pathPattern(path));
  const isStepOfTechnique = pathPattern(path) === 'steps/*/step' && typeof getAt(context.root, [...path.slice(0, -1), 'technique']) === 'string';

  if (control.kind === 'none') return null;

  if (target || isStepOfTechnique || control.kind === 'choice') {
    const options: Choice[] = target
      ? context.choices(target)
      : isStepOfTechnique
        ? context.stepsOf(String(getAt(context.root, [...path.slice(0, -1), 'technique'])))
        : (control as { values: string[] }).values.map((v) => ({ id: v, label: context.valueLabel(v) }));
    const current = shown(value);
    const known = current === '' || options.some((option) => option.id === current);
    const empty = isStepOfTechnique ? format(editor.wholeTechnique, definitionOf('techniques').labels) : editor.chooseOne;
    return (
      <LabelledControl id={id} label={label} optional={!required} help={help} messages={messages}>
        <select id={id} value={current} aria-describedby={describedBy} aria-invalid={invalid} onChange={(event) => context.set(path, event.target.value === '' ? undefined : event.target.value)}>
          <option value="">{empty}</option>
          {!known && <option value={current}>{format(editor.notInPlaybook, { value: current })}</option>}
          <ChoiceOptions options={options} />
        </select>
      </LabelledControl>
    );
  }

  if (control.kind === 'text' || control.kind === 'number' || control.kind === 'year') {
    const common = {
      id,
      value: shown(value),
      'aria-describedby': describedBy,
      'aria-invalid': invalid,
    };
    const onText = (text: string) => {
      if (control.kind === 'text') context.set(path, text === '' && !required ? undefined : text);
      else context.set(path, numberValue(text));
    };
    return (
      <LabelledControl id={id} label={label} optional={!required} help={help} messages={messages}>
        {control.kind === 'text' && control.long ? (
          <textarea {...common} rows={3} onChange={(event) => onText(event.target.value)} />
        ) : (
          <input
            {...common}
            type="text"
            inputMode={control.kind === 'number' ? 'decimal' : undefined}
            className={control.kind === 'text' ? 'ed-input' : 'ed-input ed-input--short'}
            spellCheck={control.kind === 'text'}
            onChange={(event) => onText(event.target.value)}
          />
        )}
      </LabelledControl>
    );
  }

  if (control.kind === 'boolean') {
    return (
      <div className={wrapClass}>
        <input id={id} type="checkbox" checked={value === true} aria-describedby={describedBy} onChange={(event) => context.set(path, event.target.checked)} />{' '}
        <label htmlFor={id}>{label}</label>
        <Hint id={`${id}-hint`} text={help} />
        <ErrorText id={`${id}-error`} messages={messages} />
      </div>
    );
  }

  if (control.kind === 'choices') {
    const selected = Array.isArray(value) ? value.map(String) : [];
    const toggle = (choice: string, on: boolean) => {
      const next = control.values.filter((v) => (v === choice ? on : selected.includes(v)));
      context.set(path, next.length === 0 && !required ? undefined : next);
    };
    return (
      <LegendedGroup id={id} label={label} optional={!required} help={help} messages={messages}>
        <div className="ed-checkboxes">
          {control.values.map((choice, i) => (
            <div key={choice} className="ed-checkbox">
              <input id={i === 0 ? id : `${id}-${choice}`} type="checkbox" checked={selected.includes(choice)} onChange={(event) => toggle(choice, event.target.checked)} />
              <label htmlFor={i === 0 ? id : `${id}-${choice}`}>{context.valueLabel(choice)}</label>
            </div>
          ))}
        </div>
      </LegendedGroup>
    );
  }

  if (control.kind === 'group') {
    const present = value !== undefined;
    if (!present && !required) {
      return (
        <div className={wrapClass}>
          <p className="ed-label" id={`${id}-label`}>
            {label}
            {optional}
          </p>
          <Hint id={`${id}-hint`} text={help} />
          <ErrorText id={`${id}-error`} messages={messages} />
          <button type="button" id={id} className="island-button island-button--quiet" aria-describedby={describedBy} onClick={() => { context.set(path, {}); context.focusLater(fieldDomId([...path, control.properties[0]![0]])); }}>
            {format(editor.addGroup, { name: label.toLowerCase() })}
          </button>
        </div>
      );
    }
    return (
      <LegendedGroup id={id} extraClass=" ed-group" label={label} optional={!required} help={help} messages={messages} focusable>
        <GroupFields properties={control.properties} required={control.required} path={path} context={context} />
        {!required && (
          <button type="button" className="island-button island-button--quiet" onClick={() => { context.set(path, undefined); context.focusLater(id); }}>
            {format(editor.removeGroup, { name: label.toLowerCase() })}
          </button>
        )}
      </LegendedGroup>
    );
  }

  if (control.kind === 'list') return <ListField schema={schema} item={control.item} path={path} label={label} required={required} help={help} messages={messages} context={context} />;

  if (control.kind === 'record') {
    // A rubric criterion's descriptors: one per level of the rubric.
    const levels = getAt(context.root, ['levels']);
    const keys = Array.isArray(levels) ? levels.map((level) => String((level as { id?: unknown })?.id ?? '')).filter(Boolean) : [];
    const extra = value && typeof value === 'object' ? Object.keys(value).filter((key) => !keys.includes(key)) : [];
    return (
      <LegendedGroup id={id} label={label} optional={false} help={help} messages={messages} focusable>
        {keys.length === 0 && extra.length === 0 && <p className="ed-hint">{format(editor.levelsFirst, definitionOf('rubrics').labels)}</p>}
        {[...keys, ...extra].map((key) => (
          <Field key={key} schema={{ ...control.value, description: extra.includes(key) ? format(editor.notALevel, definitionOf('rubrics').labels) : '' }} path={[...path, key]} name="description" label={format(editor.atLevel, { level: key })} required={!extra.includes(key)} context={context} />
        ))}
      </LegendedGroup>
    );
  }
  return null;
}

export function GroupFields({ properties, required, path, context }: { properties: [string, JsonSchema][]; required: string[]; path: Path; context: FieldContext }): ReactNode {
  return (
    <>
      {properties.map(([name, schema]) => (
        <Field key={name} schema={schema} path={[...path, name]} name={name} label={labelFor(name)} required={required.includes(name)} context={context} />
      ))}
    </>
  );
}

/** A new, empty item for a list. */
function emptyItem(item: JsonSchema): unknown {
  const control = controlFor(item);
  if (control.kind === 'group') return {};
  if (control.kind === 'list' || control.kind === 'choices') return [];
  return '';
}

function ListField({ item, path, label, required, help, messages, context }: { schema: JsonSchema; item: JsonSchema; path: Path; label: string; required: boolean; help: string; messages: string[]; context: FieldContext }): ReactNode {
  const id = fieldDomId(path);
  const list = Array.isArray(getAt(context.root, path)) ? (getAt(context.root, path) as unknown[]) : [];
  const key = path.at(-1);
  const noun = itemNounFor(typeof key === 'string' ? key : undefined, label);
  const itemControl = controlFor(item);
  const firstControl = (index: number) => (itemControl.kind === 'group' ? fieldDomId([...path, index, itemControl.properties[0]![0]]) : fieldDomId([...path, index]));
  const update = (next: unknown[]) => context.set(path, next.length === 0 && !required ? undefined : next);
  const Noun = `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
  const itemLabelOf = (index: number) => format(editor.itemLabel, { noun: Noun, number: index + 1 });
  const move = (from: number, to: number, button: 'up' | 'down') => {
    const moved = moveWithFocus(list, from, to, button, (index) => fieldDomId([...path, index]));
    update(moved.next);
    context.focusLater(moved.focus);
    context.announce(format(editor.itemMoved, { item: itemLabelOf(from), to: to + 1, count: list.length }));
  };
  const remove = (index: number) => {
    update(list.filter((_, i) => i !== index));
    context.focusLater(list.length > 1 ? `${fieldDomId([...path, Math.min(index, list.length - 2)])}-remove` : id);
    context.announce(formatPlural(editor.itemRemoved, list.length - 1, { item: itemLabelOf(index) }));
  };
  const add = () => {
    update([...list, emptyItem(item)]);
    context.focusLater(firstControl(list.length));
    context.announce(format(editor.itemAdded, { item: itemLabelOf(list.length) }));
  };
  const describedBy = describedByOf(id, help, messages);
  return (
    <fieldset className={`ed-field ed-list${messages.length > 0 ? ' ed-field--error' : ''}`} aria-describedby={describedBy}>
      <legend className="ed-label">
        {label}
        {required ? null : <span className="ed-optional"> (optional)</span>}
      </legend>
      <Hint id={`${id}-hint`} text={help} />
      <ErrorText id={`${id}-error`} messages={messages} />
      {list.length > 0 && (
        <ol className="ed-items">
          {list.map((_, index) => {
            const itemPath = [...path, index];
            const itemId = fieldDomId(itemPath);
            const itemLabel = itemLabelOf(index);
            return (
              <li key={index} className="ed-item">
                {itemControl.kind === 'group' ? (
                  <fieldset className="ed-group" id={itemId} tabIndex={-1}>
                    <legend className="ed-item-legend">{itemLabel}</legend>
                    <ErrorText id={`${itemId}-error`} messages={context.showProblems ? messagesFor(itemPath, context) : []} />
                    <GroupFields properties={itemControl.properties} required={itemControl.required} path={itemPath} context={context} />
                  </fieldset>
                ) : (
                  <Field schema={{ ...item, description: undefined }} path={itemPath} name={index} label={itemLabel} required context={context} />
                )}
                <ItemActions base={itemId} label={itemLabel} index={index} count={list.length} onMove={(to, button) => move(index, to, button)} onRemove={() => remove(index)} />
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" id={id} className="island-button island-button--quiet" onClick={add}>
        {format(list.length === 0 ? editor.addFirstItem : editor.addAnotherItem, { noun })}
      </button>
    </fieldset>
  );
}
