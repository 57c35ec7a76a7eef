/** Links into the repository's web interface: Starlight's edit link, GitHub's new-file page and its upload page, on the playbook's branch or another. */
import { describe, expect, it } from 'vitest';
import { editUrl, newFileUrl, uploadUrl } from '../../../src/lib/editor/repository.ts';

const repository = { url: 'https://github.com/trust/playbook/', branch: 'main' };

describe('editUrl', () => {
  it('follows <url>/edit/<branch>/<path>', () => {
    expect(editUrl(repository, 'content/techniques/exit-tickets.mdx')).toBe('https://github.com/trust/playbook/edit/main/content/techniques/exit-tickets.mdx');
    expect(editUrl({ url: 'https://github.com/t/p.git', branch: 'feature/x' }, 'content/a b.yaml')).toBe('https://github.com/t/p/edit/feature%2Fx/content/a%20b.yaml');
  });
});

describe('newFileUrl', () => {
  it('fills in the file name and the whole content, encoded so that nothing is lost', () => {
    const content = '---\ntitle: "A & B + C"\n---\n\n<Example phase="primary" title="50% off">\n\nText\n\n</Example>\n';
    const url = new URL(newFileUrl(repository, 'content/techniques/a-b.mdx', content));
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/trust/playbook/new/main');
    expect(url.searchParams.get('filename')).toBe('content/techniques/a-b.mdx');
    expect(url.searchParams.get('value')).toBe(content);
    // A space is %20, never "+", which some servers would keep as a plus.
    expect(url.search).not.toContain('+');
  });
});

describe('another branch, and the upload page', () => {
  it('name the branch an earlier step made', () => {
    expect(editUrl(repository, 'content/sources.yaml', 'add-our-routine')).toBe('https://github.com/trust/playbook/edit/add-our-routine/content/sources.yaml');
    expect(new URL(newFileUrl(repository, 'content/techniques/a.mdx', 'x', 'add-our-routine')).pathname).toBe('/trust/playbook/new/add-our-routine');
  });

  it('opens the upload page of the folder a file is in', () => {
    expect(uploadUrl(repository, 'content/sequences/first-term.yaml')).toBe('https://github.com/trust/playbook/upload/main/content/sequences');
    expect(uploadUrl(repository, 'playbook.yaml')).toBe('https://github.com/trust/playbook/upload/main');
  });
});
