import type { AbstractIntlMessages } from "next-intl";

/** Only the namespaces a client component needs, so the rest of the messages stay on the server. */
export function pickMessages(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  return Object.fromEntries(Object.entries(messages).filter(([key]) => namespaces.includes(key)));
}
