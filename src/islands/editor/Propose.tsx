/**
 * Proposing the finished files in the playbook's repository, on GitHub's web pages, with the steps
 * shown here where the author is. A new file needs no pasting: GitHub's new-file page opens with its
 * path and text filled in. A changed file is one action, "Copy it and open it in the repository",
 * which copies the file and opens its page in the repository's editor, to paste over; or, with no
 * pasting, the file is downloaded and dropped on the repository's upload page for its folder, which
 * replaces it. Several files (an entry and the list file a new source joins) go in one pull
 * request: the first step makes a branch of a name given here, and the later steps add to it.
 */
import { useState, type ReactNode } from 'react';
import type { OutputFile } from '../../engine/editor/output.ts';
import { editUrl, newFileUrl, uploadUrl, type Repository } from '../../lib/editor/repository.ts';
import { editor, format, formatPlural } from '../../strings/index.ts';
import { Fill } from '../shared/fill.tsx';
import { copyText, download, fileNameOf, fileTextId } from './files.ts';

/** A link that opens the repository's page in a new tab, says so to screen reader users, and may copy a file first. */
function RepositoryLink({ href, id, className, copy, onCopied, children }: { href: string; id?: string; className?: string; copy?: { text: string; box: string }; onCopied?: (message: string) => void; children: ReactNode }): ReactNode {
  return (
    <a className={className} href={href} id={id} target="_blank" rel="noopener" onClick={copy ? () => void copyText(copy.text, copy.box).then((message) => onCopied?.(message === editor.copied ? editor.proposeCopiedOpen : message)) : undefined}>
      {children}
      <span className="visually-hidden"> {editor.opensInNewTab}</span>
    </a>
  );
}

/** One new file: its filled-in page. */
function ProposeNew({ output, repository }: { output: OutputFile; repository: Repository }): ReactNode {
  return (
    <>
      <p>
        <RepositoryLink id="ed-propose" className="island-button ed-propose" href={newFileUrl(repository, output.file, output.text)}>
          {editor.proposeNew}
        </RepositoryLink>
      </p>
      <p>{editor.proposeNewHelp}</p>
    </>
  );
}

/** One changed file: copy it and open its page in the repository's editor, or download it and drop it on the upload page. */
function ProposeChange({ output, repository }: { output: OutputFile; repository: Repository }): ReactNode {
  const [status, setStatus] = useState('');
  return (
    <>
      <p>
        <RepositoryLink id="ed-propose" className="island-button ed-propose" href={editUrl(repository, output.file)} copy={{ text: output.text, box: fileTextId(0) }} onCopied={setStatus}>
          {editor.proposeChange}
        </RepositoryLink>
      </p>
      <p role="status" className="ed-copied">
        {status}
      </p>
      <ol className="ed-propose-steps">
        <li>{editor.proposeChangeStepPaste}</li>
        <li>{editor.proposeChangeStepCommit}</li>
        <li>{editor.proposeChangeStepPull}</li>
      </ol>
      <p>
        <Fill
          template={editor.proposeNoPaste}
          values={{
            download: (
              <button type="button" className="ed-link-button" onClick={() => download(output)}>
                {editor.proposeNoPasteDownload}
              </button>
            ),
            upload: <RepositoryLink href={uploadUrl(repository, output.file)}>{editor.proposeNoPasteUpload}</RepositoryLink>,
          }}
        />
      </p>
    </>
  );
}

/** Several files as one pull request: the first makes the branch, the rest are added to it. */
function ProposeSeveral({ files, repository, branch }: { files: readonly OutputFile[]; repository: Repository; branch: string }): ReactNode {
  const [status, setStatus] = useState('');
  // A changed list file first: the entry that cites what it adds then passes the checks from the start.
  const ordered = [...files.filter((output) => output.change === 'changed'), ...files.filter((output) => output.change === 'new')];
  const boxOf = (output: OutputFile) => fileTextId(files.indexOf(output));
  const branchName = <code className="ed-branch">{branch}</code>;
  const copyName = (
    <button type="button" className="ed-link-button" onClick={() => void copyText(branch, '').then((message) => setStatus(message === editor.copied ? editor.branchCopied : message))}>
      {editor.copyBranch}
    </button>
  );
  return (
    <>
      <p>{formatPlural(editor.proposeSeveral, files.length)}</p>
      <ol className="ed-propose-steps">
        {ordered.map((output, step) => {
          const file = fileNameOf(output.file);
          const onBranch = step > 0 ? branch : repository.branch;
          const link =
            output.change === 'new' ? (
              <RepositoryLink id={step === 0 ? 'ed-propose' : undefined} href={newFileUrl(repository, output.file, output.text, onBranch)}>
                {format(step === 0 ? editor.proposeOpenNew : editor.proposeAddNew, { file, branch })}
              </RepositoryLink>
            ) : (
              <RepositoryLink id={step === 0 ? 'ed-propose' : undefined} href={editUrl(repository, output.file, onBranch)} copy={{ text: output.text, box: boxOf(output) }} onCopied={setStatus}>
                {format(step === 0 ? editor.proposeOpenChanged : editor.proposeOpenChangedOn, { file, branch })}
              </RepositoryLink>
            );
          return (
            <li key={output.file}>
              <Fill template={output.change === 'new' ? editor.proposeStepNew : editor.proposeStepChanged} values={{ link }} />{' '}
              {step === 0 ? <Fill template={editor.proposeNameBranch} values={{ branch: branchName, copy: copyName }} /> : <Fill template={editor.proposeOnBranch} values={{ branch: branchName }} />}
            </li>
          );
        })}
      </ol>
      <p role="status" className="ed-copied">
        {status}
      </p>
    </>
  );
}

export function Propose({ files, repository, branch }: { files: readonly OutputFile[]; repository: Repository; branch: string }): ReactNode {
  const [only] = files;
  return (
    <section className="ed-propose-section" aria-labelledby="ed-propose-heading">
      <h4 id="ed-propose-heading">{editor.proposeHeading}</h4>
      {files.length > 1 || !only ? <ProposeSeveral files={files} repository={repository} branch={branch} /> : only.change === 'new' ? <ProposeNew output={only} repository={repository} /> : <ProposeChange output={only} repository={repository} />}
    </section>
  );
}
