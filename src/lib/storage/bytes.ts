/**
 * A size in bytes as a person reads it, on its own so that a page can say how big something is
 * without loading the file reader (json-file.ts and its JSON walker).
 */
import { format, formatNumber, shared } from '../../strings/index.ts';

/** A size in bytes as a person reads it: "812 KB", "15.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) return format(shared.sizeKilobytes, { size: formatNumber(Math.max(1, Math.round(bytes / 1000))) });
  const megabytes = bytes / 1_000_000;
  return format(shared.sizeMegabytes, { size: formatNumber(megabytes < 10 ? Math.round(megabytes * 10) / 10 : Math.round(megabytes)) });
}
