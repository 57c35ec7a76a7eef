import type { Link } from '../../lib/audit/instrument.ts';
import { shared } from '../../strings/index.ts';

/** "Develop it with: A, B" as links, or nothing when there are none. */
export function DevelopLinks({ lead, links }: { lead: string; links: readonly Link[] }) {
  if (links.length === 0) return null;
  return (
    <span className="island-develop">
      {lead}{' '}
      {links.map((link, index) => (
        <span key={link.href}>
          <a href={link.href}>{link.title}</a>
          {index < links.length - 1 ? shared.linkSeparator : ''}
        </span>
      ))}
    </span>
  );
}
