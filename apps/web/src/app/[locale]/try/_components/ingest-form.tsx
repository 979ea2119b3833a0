"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { type IngestState, ingestAction } from "../actions";

export function IngestForm({ input, format, published }: { input: string; format: "text" | "html"; published: string }) {
  const t = useTranslations("try");
  const [state, formAction, pending] = useActionState<IngestState, FormData>(ingestAction, { status: "idle" });
  return (
    <form action={formAction} className="card" style={{ marginBlockStart: "1rem" }}>
      <h3>{t("ingestTitle")}</h3>
      <p className="muted">{t("ingestHelp")}</p>
      <input type="hidden" name="input" value={input} />
      <input type="hidden" name="format" value={format} />
      <input type="hidden" name="published" value={published} />
      <div className="inline-fields">
        <div className="field">
          <label htmlFor="try-key">{t("apiKey")}</label>
          <input id="try-key" name="apiKey" type="password" autoComplete="off" required />
        </div>
        <div className="field">
          <button type="submit" className="secondary" disabled={pending}>
            {t("ingest")}
          </button>
        </div>
      </div>
      <div aria-live="polite">
        {state.status === "error" ? <p className="notice error">{state.message}</p> : null}
        {state.status === "done" ? <p className="notice">{t("ingested", { status: state.outcome, id: state.id })}</p> : null}
      </div>
    </form>
  );
}
