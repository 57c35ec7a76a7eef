/**
 * The finished files, offered once the entry has no problems: how to propose them in the
 * playbook's repository (Propose.tsx), and each file to download or copy, with its text. One file,
 * usually; two when a new entry written in place (a new source) joins a list file.
 */
import { useState, type ReactNode, type Ref } from 'react';
import type { OutputFile } from '../../engine/editor/output.ts';
import type { Repository } from '../../lib/editor/repository.ts';
import { editor, format, formatPlural } from '../../strings/index.ts';
import { copyText, download, fileNameOf, fileTextId } from './files.ts';
import { Propose } from './Propose.tsx';

function OneFile({ output, index, several }: { output: OutputFile; index: number; several: boolean }): ReactNode {
  const [copied, setCopied] = useState('');
  const name = fileNameOf(output.file);
  const id = fileTextId(index);
  return (
    <div className="ed-output-file">
      {several && <h4>{name}</h4>}
      <div className="island-buttons">
        <button type="button" id={index === 0 ? 'ed-download' : `ed-download-${index}`} className="island-button" onClick={() => download(output)}>
          {format(editor.download, { file: name })}
        </button>
        <button type="button" id={index === 0 ? 'ed-copy' : `ed-copy-${index}`} className="island-button island-button--quiet" onClick={() => void copyText(output.text, id).then(setCopied)}>
          {format(editor.copyNamed, { file: name })}
        </button>
      </div>
      <p role="status" className="ed-copied">
        {copied}
      </p>
      <label htmlFor={id} className="ed-label">
        {format(editor.theFileNamed, { file: name })}
      </label>
      <textarea id={id} className="ed-file-text" readOnly rows={12} value={output.text} />
    </div>
  );
}

export function FinishedFile({ files, repository, branch, ref }: {
  files: readonly OutputFile[];
  repository: Repository | undefined;
  /** The name of the branch a proposal of several files makes. */
  branch: string;
  ref?: Ref<HTMLHeadingElement>;
}): ReactNode {
  return (
    <section className="ed-output" aria-labelledby="ed-output-heading">
      <h3 id="ed-output-heading" tabIndex={-1} ref={ref}>
        {formatPlural(editor.filesReady, files.length)}
      </h3>
      <p>{formatPlural(editor.passesChecks, files.length)}</p>
      {repository ? <Propose files={files} repository={repository} branch={branch} /> : <p>{editor.noRepository}</p>}
      {files.map((output, index) => (
        <OneFile key={output.file} output={output} index={index} several={files.length > 1} />
      ))}
    </section>
  );
}
