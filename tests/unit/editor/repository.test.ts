/** Links into the repository's web interface: Starlight's edit link and GitHub's new-file page. */
import { describe, expect, it } from 'vitest';
import { editUrl, newFileUrl } from '../../../src/lib/editor/repository.ts';

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
