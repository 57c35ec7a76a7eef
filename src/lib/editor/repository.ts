/**
 * Links into the repository's web interface (GitHub's), from `repository` in playbook.yaml: the
 * edit link follows Starlight's editLink convention, `<url>/edit/<branch>/<path>`; the new-file
 * link is GitHub's new-file page with the file's path and text filled in (its `filename` and
 * `value` parameters); the upload link is the page that takes dropped files into a folder, which
 * replaces a file of the same name. Each may name another branch than the playbook's own (a branch
 * an earlier step of a proposal made).
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
export function editUrl(repository: Repository, file: string, branch = repository.branch): string {
  return `${trimmed(repository.url)}/edit/${encodeURIComponent(branch)}/${encodePath(file)}`;
}

/** The page that creates a file with its path and content filled in, ready to propose. */
export function newFileUrl(repository: Repository, file: string, content: string, branch = repository.branch): string {
  // encodeURIComponent, not URLSearchParams: a "+" for a space is not read back as a space everywhere.
  return `${trimmed(repository.url)}/new/${encodeURIComponent(branch)}?filename=${encodeURIComponent(file)}&value=${encodeURIComponent(content)}`;
}

/** The page that takes files dropped on it into the folder a file is in (a file of the same name is replaced). */
export function uploadUrl(repository: Repository, file: string, branch = repository.branch): string {
  const folder = file.split('/').slice(0, -1).join('/');
  return `${trimmed(repository.url)}/upload/${encodeURIComponent(branch)}${folder ? `/${encodePath(folder)}` : ''}`;
}
