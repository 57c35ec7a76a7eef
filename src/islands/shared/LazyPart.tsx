/**
 * A part of an island whose code is loaded when it is first shown (React.lazy). Until the code
 * arrives nothing stands in its place, so nothing wrong is shown for a moment; if it cannot be
 * loaded (the connection dropped, or the site was updated since the page opened) the part says so
 * in its own words, and the rest of the island goes on working.
 */
import { Component, Suspense, type ReactNode } from 'react';

interface Props {
  /** What to say in the part's place when its code cannot be loaded. */
  failed: string;
  children: ReactNode;
}

export function LazyPart({ failed, children }: Props) {
  return (
    <LoadFailure failed={failed}>
      <Suspense fallback={null}>{children}</Suspense>
    </LoadFailure>
  );
}

class LoadFailure extends Component<Props, { error: boolean }> {
  override state = { error: false };
  static getDerivedStateFromError() {
    return { error: true };
  }
  override render() {
    return this.state.error ? <p className="island-notice island-notice--error">{this.props.failed}</p> : this.props.children;
  }
}
