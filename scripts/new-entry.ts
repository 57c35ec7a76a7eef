/**
 * `npm run new -- <collection> "<title>"`: writes a new entry that passes the content check, with
 * every required field filled in with a placeholder and a comment saying what to write. The id is
 * made from the title; an entry that exists is never overwritten. For strands and sources, which
 * live in one list file each, the new entry is added at the end of the list.
 *
 *   npm run new -- techniques "Think, pair, share"   ->  content/techniques/think-pair-share.mdx
 *   npm run new -- strands "Behaviour for learning"  ->  a new item at the end of content/strands.yaml
 *
 * After writing, it runs the content check and reports. Set PLAYBOOK_CONTENT to write into
 * another content folder.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../src/engine/check.node.ts';
import { formatProblem } from '../src/core/problem.ts';
import { readContent } from '../src/engine/read.node.ts';
import { contentFolder } from '../src/core/playbook-folder.node.ts';
import { COLLECTIONS } from '../src/collections/index.ts';
import { appendToList, COLLECTION_ARGUMENTS, entryFile, idFromTitle, idsInList, newEntryText, resolveCollection } from '../src/engine/scaffold/new-entry.ts';
import { ScaffoldError, type ScaffoldContext } from '../src/engine/scaffold/templates.ts';

const USAGE = `Usage: npm run new -- <collection> "<title>"
  <collection> is one of: ${COLLECTION_ARGUMENTS.join(', ')}
  Example: npm run new -- techniques "Think, pair, share"`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [collectionArgument, ...titleWords] = process.argv.slice(2);
if (collectionArgument === undefined || collectionArgument === '--help' || collectionArgument === '-h') {
  if (collectionArgument === undefined) fail(USAGE);
  console.log(USAGE);
  process.exit(0);
}
const spec = resolveCollection(collectionArgument);
if (!spec) fail(`There is no collection called ${JSON.stringify(collectionArgument)}. Use one of: ${COLLECTION_ARGUMENTS.join(', ')}.`);
const title = titleWords.join(' ').trim();
if (title === '') fail(`Give the new ${spec.labels.singular} a title: npm run new -- ${spec.route} "Its title"`);

const root = process.cwd();
const folder = contentFolder(process.env, root);
const shown = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');

try {
  const id = idFromTitle(title);
  const before = checkContent(root, folder);
  if (!before.playbook) {
    const playbookProblems = before.problems.filter((problem) => problem.file.endsWith('playbook.yaml'));
    fail(`${shown(path.join(folder, 'playbook.yaml'))} has problems; fix them first, since every entry depends on it:\n${playbookProblems.map(formatProblem).join('\n')}`);
  }

  // Every entry that exists counts, valid or not, so an id is never reused.
  const raw = readContent(root, folder).entries;
  const ids = Object.fromEntries(COLLECTIONS.map(({ name }) => [name, raw.filter((entry) => entry.collection === name && !entry.id.startsWith('#')).map((entry) => entry.id)]));
  const strandOrders = raw
    .filter((entry) => entry.collection === 'strands')
    .map((entry) => (entry.data as { order?: unknown } | null)?.order)
    .filter((order): order is number => typeof order === 'number' && Number.isFinite(order));
  const context: ScaffoldContext = {
    taxonomy: { phases: before.playbook.phases.map((term) => term.id), subjects: before.playbook.subjects.map((term) => term.id), components: before.playbook.components.map((term) => term.id) },
    ids,
    strandOrders,
    year: new Date().getFullYear(),
  };

  const absolute = path.join(folder, entryFile(spec, id));
  const text = newEntryText(spec, title, id, context);
  if (spec.format === 'yaml-list') {
    const existing = existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
    if (idsInList(existing).includes(id)) fail(`${shown(absolute)} already has a ${spec.labels.singular} with the id "${id}". Choose another title, or edit that one.`);
    const updated = appendToList(existing, text, shown(absolute));
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, updated);
    console.log(`Added a ${spec.labels.singular} with the id "${id}" at the end of ${shown(absolute)}.`);
  } else {
    if (existsSync(absolute)) fail(`${shown(absolute)} already exists, and it is not overwritten. Choose another title, or edit that file.`);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, text, { flag: 'wx' });
    console.log(`Wrote ${shown(absolute)}: a new ${spec.labels.singular} with the id "${id}".`);
  }

  const after = checkContent(root, folder);
  const file = shown(absolute);
  // In a list file, the new entry is the item after every one that was there before.
  const newIndex = raw.filter((entry) => entry.collection === spec.name).length;
  const own = after.problems.filter((problem) => problem.file === file && (spec.format !== 'yaml-list' || problem.field.startsWith(`[${newIndex}]`)));
  const others = after.problems.filter((problem) => !own.includes(problem));
  if (others.length > 0) {
    console.error(`\nThe content has ${others.length} other problem${others.length === 1 ? '' : 's'}, not in the new ${spec.labels.singular}:\n${others.map(formatProblem).join('\n')}`);
  }
  if (own.length > 0) {
    fail(`\nThe new ${spec.labels.singular} does not pass the content check:\n${own.map(formatProblem).join('\n')}`);
  }
  // Placeholders, not the comments that mention them.
  const todos = text.split('\n').filter((line) => line.includes('TODO:') && !line.trimStart().startsWith('#')).length;
  console.log(`The content check passes. Next: open ${file}, replace the ${todos} TODO placeholder${todos === 1 ? '' : 's'}, and run \`npm run check\`.`);
} catch (error) {
  if (error instanceof ScaffoldError) fail(error.message);
  throw error;
}
