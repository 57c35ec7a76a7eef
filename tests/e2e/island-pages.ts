/**
 * The pages that host an island, worked out from the content (not from the built pages), so the
 * browser tests can check that exactly these pages load JavaScript: every audit, every rubric
 * used as a self-review, every mentor criteria set, every protocol with a timed step, and the
 * group results page, and the coaching pages (records, drop-in, coachee, trends, the teacher's steps). The search page loads its own script, the book its chooser of parts, and the editor and the sequence builder (the editor's
 * sequence form, on a page of its own) host an island when the site has them.
 *
 * A few pages load a small script of their own that enhances a page which works without it:
 * "What's the problem?" (its finder), "Reading offline" (what this device has saved), and each
 * technique with worked examples (the examples for the phase and subject a filtered list passed on).
 */
import { readContent } from '../../src/engine/read.node.ts';
import { contentFolder, readPlaybook } from '../../src/core/playbook-folder.node.ts';
import { definitionOf, type CollectionName } from '../../src/collections/index.ts';
import { hasTimedSteps } from '../../src/lib/timer/timer.ts';
import { renderBody } from '../../src/lib/content/body.ts';

/** Tool pages that exist only to host an island, when the site has them. */
const OPTIONAL_TOOL_PAGES = ['sequence-builder/', 'editor/'];

/** The coaching pages, which every playbook has: each hosts an island. */
const COACHING_PAGES = ['coaching/', 'coaching/drop-in/', 'coaching/coachee/', 'coaching/trends/', 'my-step/'];

/** Pages that load a script of their own, when the site has them. */
const ENHANCED_PAGES = ['problems/', 'offline/'];

/** Paths relative to the site's base, like "audits/mentor-skills-audit/"; `sitemap` is every page the site has. */
export function pagesWithScripts(sitemap: readonly string[]): string[] {
  const { entries } = readContent(process.cwd(), contentFolder());
  const path = (collection: CollectionName, id: string) => `${definitionOf(collection).route}/${id}/`;
  // "Reading offline" has its script only where the playbook is saved for offline use.
  const enhanced = ENHANCED_PAGES.filter((page) => page !== 'offline/' || (readPlaybook(contentFolder())?.offline ?? true));
  const pages = ['search/', 'group-results/', 'book/', ...COACHING_PAGES, ...[...OPTIONAL_TOOL_PAGES, ...enhanced].filter((page) => sitemap.includes(page))];
  for (const entry of entries) {
    const data = entry.data as { purposes?: string[]; steps?: { minutes?: number }[] };
    if (entry.collection === 'audits' || entry.collection === 'mentorCriteria') pages.push(path(entry.collection, entry.id));
    if (entry.collection === 'rubrics' && data.purposes?.includes('self-review')) pages.push(path('rubrics', entry.id));
    if (entry.collection === 'protocols' && hasTimedSteps(data.steps ?? [])) pages.push(path('protocols', entry.id));
    if (entry.collection === 'techniques' && renderBody(entry.body ?? '', entry.file, entry.bodyLine ?? 1, undefined, false).examples.length > 0) pages.push(path('techniques', entry.id));
  }
  return pages.sort();
}
