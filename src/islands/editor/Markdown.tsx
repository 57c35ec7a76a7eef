/**
 * Markdown shown formatted, as the playbook's pages show it, for the editor's previews. The
 * Markdown renderer (micromark, with GitHub's extensions) loads the first time a preview needs it;
 * until then the text shows as written. micromark escapes raw HTML, so the HTML is safe to insert.
 */
import { useEffect, useState, type ReactNode } from 'react';

type Render = (text: string) => string;
let loaded: Promise<Render> | undefined;
/** The renderer, once it has arrived. */
let render: Render | undefined;

function loadRenderer(): Promise<Render> {
  loaded ??= import('../../lib/editor/markdown.ts').then((module) => (render = module.markdownHtml));
  return loaded;
}

export function Markdown({ text }: { text: string }): ReactNode {
  const [ready, setReady] = useState(render !== undefined);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadRenderer().then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [ready]);
  if (!ready || !render) return <div className="ed-markdown ed-markdown--plain">{text}</div>;
  return <div className="ed-markdown" dangerouslySetInnerHTML={{ __html: render(text) }} />;
}
