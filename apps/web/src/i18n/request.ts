import { getRequestConfig } from "next-intl/server";
import ar from "../../messages/ar.json";
import en from "../../messages/en.json";
import { isLocale, routing } from "./routing";

const MESSAGES = { ar, en } as const;

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = requested && isLocale(requested) ? requested : routing.defaultLocale;
  return { locale, messages: MESSAGES[locale], timeZone: "Asia/Damascus" };
});
