/**
 * A model of an action step (a video or document the trust hosts) shows on the technique's page as
 * a link with its caption and consent note, never as an embed, and loading the page requests
 * nothing from the model's host. Runs on the playbooks whose techniques have models: the
 * other-playbook fixture (under a sub-path) and the French one; a pass whose playbook has none
 * skips it.
 */
import { z } from 'astro/zod';
import { expect, test } from './helpers.ts';
import { techniqueSchema } from '../../src/collections/techniques/schema.ts';
import { contentFolder, loadTaxonomy } from '../../src/core/playbook-folder.node.ts';
import { readContent } from '../../src/engine/read.node.ts';
import { coaching, format } from '../../src/strings/index.ts';

const folder = contentFolder();
const taxonomy = loadTaxonomy(folder);
// Only the steps are needed, read by the technique schema's own field; fields other collections add (a framework's "serves") pass.
const stepsOnly = z.object({ steps: techniqueSchema(taxonomy).shape.steps }).loose();
const models = readContent(process.cwd(), folder)
  .entries.filter((entry) => entry.collection === 'techniques')
  .flatMap((entry) => stepsOnly.parse(entry.data).steps.flatMap((step) => (step.model ? [{ technique: entry.id, step: step.title, model: step.model }] : [])));

test('a step\'s model is a link with its caption and consent, and nothing is loaded from its host', async ({ page }) => {
  test.skip(models.length === 0, 'this playbook has no step with a model');
  for (const { technique, step, model } of models) {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`techniques/${technique}/`);
    const item = page.locator('.steps--guide > li').filter({ hasText: step });
    const link = item.getByRole('link', { name: format(coaching.modelLink, { caption: model.caption }) });
    await expect(link).toHaveAttribute('href', model.url);
    await expect(item).toContainText(model.consent);
    await expect(page.locator('iframe, video, audio, object, embed')).toHaveCount(0);
    expect(requested.filter((url) => new URL(url).host === new URL(model.url).host)).toEqual([]);
    page.removeAllListeners('request');
  }
});
