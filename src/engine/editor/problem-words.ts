/**
 * Each problem the form shows, as a plain sentence about its field as the form labels it ("Enter
 * the title of step 2", "Choose at least one phase"), made from the problem's place (its keys) and
 * its kind (its rule), never from the check's English, which stays the terminal's. The words come
 * from the strings table (`editor` and `fields` areas), so a playbook in another language gets its
 * own; the check's found and expected texts are not shown here.
 */
import { capitalise, editor, format, formatPlural } from '../../strings/index.ts';
import type { CollectionLabels, FieldPath, JsonSchema, ProblemRule } from './engine.ts';
import { controlFor, itemNounFor, labelFor, schemaAt, type Control } from './form-schema.ts';
import { getAt } from './data-paths.ts';
import type { FormProblem } from './form-problems.ts';

/** What the words need beyond the problem itself. */
export interface WordsContext {
  /** The JSON Schema of the entry's form. */
  schema: JsonSchema;
  /** The entry's data as it is now. */
  data: unknown;
  /** The words for the kind being edited. */
  labels: CollectionLabels;
  /** The words for another collection. */
  labelsOf: (collection: string) => CollectionLabels | undefined;
  /** An entry's title, where the editor has it. */
  titleOf: (collection: string, id: string) => string | undefined;
  /** The worked example (from 0) that a line of the body is in, where the body is edited as worked examples. */
  exampleAt: (line: number) => number | undefined;
  /** For a new entry written inside another: what it is called ("the new source"), which its top-level fields belong to. */
  entryOwner?: string;
}

const lower = (text: string) => text.toLocaleLowerCase();

/** A list item as a reader names it: "step 3". */
function itemPhrase(listKey: string | number | undefined, index: number): string {
  const key = typeof listKey === 'string' ? listKey : undefined;
  return format(editor.itemLabel, { noun: itemNounFor(key, labelFor(key ?? '')), number: index + 1 });
}

/** What holds the field at `path`, as a reader names it ("step 3", "the rehearsal", "item 2 of section 1"), or "" at the top. */
function ownerPhrase(path: FieldPath): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    if (typeof key === 'number') parts.unshift(itemPhrase(path[i - 1], key));
    else if (typeof path[i + 1] !== 'number') parts.unshift(format(editor.theField, { field: lower(labelFor(key)) }));
  }
  return parts.reduce((inner, outer) => (inner === '' ? outer : format(editor.ofOwner, { inner, outer })), '');
}

/** Where a problem is, in words to go in a sentence: "the title of step 3", "look-for 2", "the strand" (of `entryOwner`, where the entry is a new one inside another). */
export function wherePhrase(path: FieldPath, labels: CollectionLabels, entryOwner?: string): string {
  if (path.length === 0) return entryOwner ?? format(editor.theEntry, labels);
  const last = path.at(-1)!;
  const owner = ownerPhrase(path.slice(0, -1)) || entryOwner || '';
  if (typeof last === 'number') {
    const item = itemPhrase(path.at(-2), last);
    const outer = ownerPhrase(path.slice(0, -2));
    const outerOwner = outer || entryOwner || '';
    return outerOwner === '' ? item : format(editor.ofOwner, { inner: item, outer: outerOwner });
  }
  const field = lower(labelFor(last));
  return owner === '' ? format(editor.theField, { field }) : format(editor.theFieldOf, { field, owner });
}

const numberOf = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/** The sentence for a list with too few items: "Add at least 3 steps", "Choose at least one phase". */
function atLeast(control: Control, path: FieldPath, minimum: number): string {
  const key = path.at(-1);
  const nouns = lower(labelFor(typeof key === 'string' ? key : ''));
  const noun = itemNounFor(typeof key === 'string' ? key : undefined, labelFor(typeof key === 'string' ? key : ''));
  const owner = ownerPhrase(path.slice(0, -1));
  if (control.kind === 'choices') return formatPlural(editor.sayChooseAtLeast, minimum, { noun, nouns });
  return owner === '' ? formatPlural(editor.sayAddAtLeast, minimum, { noun, nouns }) : formatPlural(editor.sayAddAtLeastTo, minimum, { noun, nouns, owner });
}

/** The sentence for a number outside its limits, from the field's own limits. */
function numberRange(schema: JsonSchema, where: string): string {
  const min = numberOf(schema.minimum) ?? numberOf(schema.exclusiveMinimum);
  const max = numberOf(schema.maximum) ?? numberOf(schema.exclusiveMaximum);
  const whole = schema.type === 'integer';
  if (min !== undefined && max !== undefined) return format(whole ? editor.sayWholeNumberBetween : editor.sayNumberBetween, { where, min, max });
  if (min !== undefined) return format(whole ? editor.sayWholeNumberAtLeast : editor.sayNumberAtLeast, { where, min });
  return format(editor.sayCheck, { where });
}

/** A problem in an MDX body: in a worked example (by the line it is on), or in the body. */
function bodySentence(rule: ProblemRule | undefined, line: number | undefined, context: WordsContext): string {
  const index = line === undefined ? undefined : context.exampleAt(line);
  const example = index === undefined ? undefined : format(editor.exampleLabel, { number: index + 1 });
  const where = example === undefined ? editor.theBody : lower(example);
  if (rule?.rule === 'example') {
    const field = rule.attribute === 'title' ? lower(editor.exampleTitle) : rule.attribute === 'phase' ? lower(editor.examplePhase) : lower(editor.exampleSubject);
    const at = format(editor.theFieldOf, { field, owner: where });
    if (rule.problem === 'not-allowed') return format(editor.sayChooseFromList, { where: at });
    return format(rule.attribute === 'title' ? editor.sayEnter : editor.sayChoose, { where: at });
  }
  return format(example === undefined ? editor.sayBodyMarkup : editor.sayExampleMarkup, { where });
}

/** The sentence for a collection's own rule, by its name; `other` is the other field it is about. */
function ownRule({ name, other }: Extract<ProblemRule, { rule: 'own' }>, path: FieldPath, where: string, context: WordsContext): string {
  const otherField = other ? lower(labelFor(String(other.at(-1)))) : '';
  switch (name) {
    case 'not-itself':
      return format(editor.sayNotItself, { where, ...context.labels });
    case 'not-a-level':
      return format(editor.sayNotALevel, { level: String(path.at(-1)), owner: ownerPhrase(path.slice(0, -2)) || format(editor.theEntry, context.labels) });
    case 'scale-rises':
      return format(editor.sayScaleRises, { where });
    case 'cite-in-sources':
      return format(editor.sayCiteInSources, { where, field: otherField });
    case 'evidence-or-own-practice':
      return format(editor.sayEvidenceOrOwnPractice, { evidence: lower(labelFor(String(path.at(-1)))), ownPractice: otherField });
    default:
      return format(editor.sayCheck, { where });
  }
}

/** A level's name as a rubric shows it, for a descriptor's problem. */
function levelName(data: unknown, level: string | number | undefined): string {
  const levels = getAt(data, ['levels']);
  const found = Array.isArray(levels) ? levels.find((item) => getAt(item, ['id']) === level) : undefined;
  const label = getAt(found, ['label']);
  return typeof label === 'string' && label !== '' ? label : String(level);
}

/** A problem with a taken id: the file name, an entry's own id, or an item's id (or the title it is made from). */
function takenSentence(rule: Extract<ProblemRule, { rule: 'taken' }>, path: FieldPath, context: WordsContext): string {
  if (!rule.first || path.length < 2) return format(editor.sayNameTaken, context.labels);
  const owner = ownerPhrase(path.slice(0, -1));
  const other = ownerPhrase(rule.first.slice(0, -1));
  // An item with no id of its own takes one from its title.
  const field = getAt(context.data, path) === undefined ? 'title' : String(path.at(-1));
  return format(editor.sayOwnOf, { owner, field: lower(labelFor(field)), other });
}

/** The plain sentence for a problem the form shows. */
export function problemSentence({ problem, place }: FormProblem, context: WordsContext): string {
  const rule = problem.rule;
  if (place.at === 'body') return bodySentence(rule, problem.line, context);
  if (place.at === 'file-name') {
    if (rule?.rule === 'taken') return format(editor.sayNameTaken, context.labels);
    return rule?.rule === 'missing' ? editor.sayNameMissing : editor.sayNameFormat;
  }
  const path = place.path;
  const schema = schemaAt(context.schema, path);
  const control = schema ? controlFor(schema) : ({ kind: 'none' } as const);
  const parent = schemaAt(context.schema, path.slice(0, -1));
  // One text of a text-per-level field: "the descriptor of criterion 2 at “Secure”".
  const perLevel = parent && controlFor(parent).kind === 'per-item' && typeof path.at(-1) === 'string';
  const where = perLevel
    ? format(editor.atLevelOf, { noun: itemNounFor(String(path.at(-2)), labelFor(String(path.at(-2)))), owner: ownerPhrase(path.slice(0, -2)), level: levelName(context.data, path.at(-1)) })
    : wherePhrase(path, context.labels, context.entryOwner);
  const isItem = typeof path.at(-1) === 'number';

  switch (rule?.rule) {
    case 'missing':
      if (control.kind === 'list' || control.kind === 'choices') return atLeast(control, path, numberOf(schema?.minItems) ?? 1);
      if (control.kind === 'group' || control.kind === 'per-item') return format(editor.sayFillIn, { where });
      if (control.kind === 'choice' || control.kind === 'reference' || control.kind === 'part') return format(editor.sayChoose, { where });
      return format(isItem ? editor.sayWriteItem : editor.sayEnter, { where });
    case 'type':
      if (schema?.type === 'integer') return format(editor.sayWholeNumber, { where });
      if (schema?.type === 'number') return format(editor.sayNumber, { where });
      if (schema?.type === 'string') return format(editor.sayText, { where });
      return format(editor.sayCannotShow, { where });
    case 'too-few':
      return atLeast(control, path, rule.minimum);
    case 'too-many': {
      const key = path.at(-1);
      const label = labelFor(typeof key === 'string' ? key : '');
      return formatPlural(editor.sayAtMost, rule.maximum, { noun: itemNounFor(typeof key === 'string' ? key : undefined, label), nouns: lower(label) });
    }
    case 'out-of-range':
      return schema && (schema.type === 'number' || schema.type === 'integer') ? numberRange(schema, where) : format(editor.sayShorten, { where });
    case 'not-allowed':
      return format(editor.sayChooseFromList, { where });
    case 'format':
      switch (rule.format) {
        case 'id':
          return format(editor.sayIdFormat, { where });
        case 'date':
          return format(editor.sayDateFormat, { where });
        case 'url':
          return format(editor.sayUrlFormat, { where });
        case 'email':
          return format(editor.sayEmailFormat, { where });
        default:
          return format(editor.sayHowWritten, { where });
      }
    case 'unknown-field':
      return format(editor.sayUnknownField, { where });
    case 'no-form':
      return format(control.kind === 'year' ? editor.sayYear : editor.sayHowWritten, { where });
    case 'custom':
      return format(editor.sayHowWritten, { where });
    case 'no-entry': {
      const target = context.labelsOf(rule.collection);
      return format(editor.sayChooseFromPlaybook, { where, plural: target?.plural ?? rule.collection });
    }
    case 'no-part': {
      const target = context.labelsOf(rule.collection);
      const list = control.kind === 'part' ? lower(labelFor(control.list)) : lower(labelFor('steps'));
      return format(editor.sayChoosePart, { where, parts: list, title: context.titleOf(rule.collection, rule.id) ?? rule.id, singular: target?.singular ?? rule.collection });
    }
    case 'taken':
      return takenSentence(rule, path, context);
    case 'own':
      return ownRule(rule, path, where, context);
    default:
      return format(editor.sayCheck, { where });
  }
}

/** A sentence as the start of a line: its first letter a capital. */
export function asSentence(text: string): string {
  return capitalise(text);
}
