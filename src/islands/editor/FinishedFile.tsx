/**
 * The finished file, offered once the entry has no problems: download it, copy it, or propose it in
 * the playbook's repository (a new file on the repository's new-file page, filled in; a changed
 * one on its edit page, with the steps to paste it), and the file's text itself.
 */
import { useState, type ReactNode, type Ref } from 'react';
import { editUrl, newFileUrl, type Repository } from '../../lib/editor/repository.ts';
import { downloadText } from '../shared/download.ts';
import { Fill } from '../shared/fill.tsx';
import { editor, format } from '../../strings/index.ts';

const FILE_TEXT_ID = 'ed-file-text';

function fileNameOf(file: string): string {
  return file.split('/').at(-1) ?? file;
}

/** A link that opens the repository's page in a new tab, and says so to screen reader users. */
function RepositoryLink({ href, className, children }: { href: string; className?: string; children: ReactNode }): ReactNode {
  return (
    <a className={className} href={href} id="ed-propose" target="_blank" rel="noopener">
      {children}
      <span className="visually-hidden"> {editor.opensInNewTab}</span>
    </a>
  );
}

export function FinishedFile({ file, text, markdown, isNew, repository, ref }: {
  /** The file's place, relative to the project root. */
  file: string;
  text: string;
  /** An MDX file (rather than YAML), for the download's type. */
  markdown: boolean;
  /** A new file of its own (not a change, nor a new entry in a list file). */
  isNew: boolean;
  repository: Repository | undefined;
  ref?: Ref<HTMLHeadingElement>;
}): ReactNode {
  const [copied, setCopied] = useState('');
  const name = fileNameOf(file);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(editor.copied);
    } catch {
      const box = document.getElementById(FILE_TEXT_ID);
      if (box instanceof HTMLTextAreaElement) box.select();
      setCopied(editor.copyBlocked);
    }
  };
  return (
    <section className="ed-output" aria-labelledby="ed-output-heading">
      <h3 id="ed-output-heading" tabIndex={-1} ref={ref}>
        {editor.fileReady}
      </h3>
      <p>
        <Fill template={editor.passesChecks} values={{ command: <code>npm run check</code>, file: <code>{file}</code> }} />
      </p>
      <div className="island-buttons">
        <button type="button" id="ed-download" className="island-button" onClick={() => downloadText(name, text, markdown ? 'text/markdown' : 'text/yaml')}>
          {format(editor.download, { file: name })}
        </button>
        <button type="button" id="ed-copy" className="island-button island-button--quiet" onClick={() => void copy()}>
          {editor.copyFile}
        </button>
      </div>
      <p role="status" className="ed-copied">
        {copied}
      </p>
      {repository && isNew && (
        <p>
          <RepositoryLink className="island-button ed-propose" href={newFileUrl(repository, file, text)}>
            {editor.proposeNew}
          </RepositoryLink>{' '}
          {editor.proposeNewHelp}
        </p>
      )}
      {repository && !isNew && (
        <ol className="ed-propose-steps">
          <li>{editor.proposeStepCopy}</li>
          <li>
            <Fill template={editor.proposeStepOpen} values={{ link: <RepositoryLink href={editUrl(repository, file)}>{format(editor.proposeStepOpenLink, { file: name })}</RepositoryLink> }} />
          </li>
          <li>{editor.proposeStepPaste}</li>
        </ol>
      )}
      {!repository && <p>{editor.noRepository}</p>}
      <label htmlFor={FILE_TEXT_ID} className="ed-label">
        {editor.theFile}
      </label>
      <textarea id={FILE_TEXT_ID} className="ed-file-text" readOnly rows={12} value={text} />
    </section>
  );
}
