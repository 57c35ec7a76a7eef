/**
 * Links into the repository's web interface, from `repository` in playbook.yaml. The edit link
 * follows Starlight's editLink convention, `<url>/edit/<branch>/<path>`; the new-file link is
 * GitHub's new-file page with the file name and content filled in.
 */
export interface Repository {
  /** Like "https://github.com/owner/repo", without a trailing slash. */
  url: string;
  branch: string;
}

function trimmed(url: string): string {
  return url.replace(/\/+$/, '').replace(/\.git$/, '');
}

function encodePath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** The page that edits a file in the repository's web editor. */
export function editUrl(repository: Repository, file: string): string {
  return `${trimmed(repository.url)}/edit/${encodeURIComponent(repository.branch)}/${encodePath(file)}`;
}

/** The page that creates a file with its path and content filled in, ready to propose. */
export function newFileUrl(repository: Repository, file: string, content: string): string {
  // encodeURIComponent, not URLSearchParams: a "+" for a space is not read back as a space everywhere.
  return `${trimmed(repository.url)}/new/${encodeURIComponent(repository.branch)}?filename=${encodeURIComponent(file)}&value=${encodeURIComponent(content)}`;
}
