"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { swapLocale } from "@/lib/locale-path";

/** Links to the same page, with the same filters, in the other language. */
export function LanguageSwitch({ target, label, title }: { target: "ar" | "en"; label: string; title: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const href = `${swapLocale(pathname, target)}${search ? `?${search}` : ""}`;
  return (
    <a href={href} lang={target} hrefLang={target} className="lang-switch" title={title}>
      {label}
    </a>
  );
}
