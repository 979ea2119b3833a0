/** The same path under another locale prefix: `/ar/places/x` → `/en/places/x`; a path without prefix gains one. */
export function swapLocale(pathname: string, target: string): string {
  const match = /^\/(ar|en)(?=\/|$)/.exec(pathname);
  if (match) return `/${target}${pathname.slice(match[0].length)}`;
  return `/${target}${pathname === "/" ? "" : pathname}`;
}
