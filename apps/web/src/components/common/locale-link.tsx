import NextLink from "next/link";
import { useLocale } from "next-intl";
import type { ComponentProps } from "react";

/**
 * A link inside the current locale (`/places/x` → `/ar/places/x`). Plain `next/link` on purpose: next-intl's `Link`
 * is a client component that needs the messages provider on every page, which costs the article page ~20 KB of JS.
 */
export function Link({ href, ...props }: Omit<ComponentProps<typeof NextLink>, "href"> & { href: string }) {
  const locale = useLocale();
  return <NextLink href={`/${locale}${href === "/" ? "" : href}`} {...props} />;
}
