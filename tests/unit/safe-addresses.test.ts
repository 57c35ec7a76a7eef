/**
 * The two address rules: a web address in a YAML field (http: or https: only) and a file a page
 * loads (one of this site's, never another host's, in any spelling a browser would follow).
 */
import { describe, expect, it } from 'vitest';
import { webAddress } from '../../src/schemas/common.ts';
import { isSiteFileAddress } from '../../src/lib/content/site-file.ts';

describe('webAddress', () => {
  it.each(['https://example.org', 'http://localhost:4321/', 'https://example.github.io/playbook/'])('accepts %s', (url) => {
    expect(webAddress().safeParse(url).success).toBe(true);
  });

  it.each(['javascript:alert(1)', 'JavaScript://%0aalert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org', 'file:///etc/passwd', 'example.org'])('refuses %s', (url) => {
    const parsed = webAddress().safeParse(url);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('a web address starting "https://" or "http://", like "https://example.org"');
  });
});

describe('isSiteFileAddress', () => {
  it.each(['/images/steps.png', '/logo.svg', '/images/my%20diagram.png', '/a b.png'])('accepts %s', (url) => {
    expect(isSiteFileAddress(url)).toBe(true);
  });

  it.each(['https://evil.example/x.png', 'http://evil.example/x.png', '//evil.example/x.png', '/\\evil.example/x.png', '/\t/evil.example/x.png', '/images/\n/x.png', 'images/x.png', ' /x.png', 'data:image/png;base64,AAAA', 'javascript:alert(1)', ''])(
    'refuses %j',
    (url) => {
      expect(isSiteFileAddress(url)).toBe(false);
    },
  );
});
