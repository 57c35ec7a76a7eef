/** Joins the site's base path and a path inside the site: ("/playbook/", "techniques/") -> "/playbook/techniques/". */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}
