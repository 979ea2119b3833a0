"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ExtractionView } from "@/components/article/extraction-view";
import { RemovedChrome } from "@/components/article/removed-chrome";
import { type ExtractState, extractAction } from "../actions";
import { IngestForm } from "./ingest-form";

/** Paste or upload, extract through the API, and show the result; ingesting is a separate, keyed step. */
export function Playground() {
  const t = useTranslations("try");
  const [state, formAction, pending] = useActionState<ExtractState, FormData>(extractAction, { status: "idle" });
  return (
    <>
      <form action={formAction} className="playground-form card">
        <div className="field">
          <label htmlFor="try-text">{t("text")}</label>
          <textarea id="try-text" name="text" lang="ar" dir="rtl" defaultValue={state.status === "done" ? state.input : ""} />
        </div>
        <div className="inline-fields">
          <div className="field">
            <label htmlFor="try-file">{t("file")}</label>
            <input id="try-file" name="file" type="file" accept=".txt,.html,.htm,text/plain,text/html" />
          </div>
          <div className="field">
            <label htmlFor="try-published">{t("published")}</label>
            <input id="try-published" name="published" type="date" />
          </div>
          <div className="field">
            <button type="submit" disabled={pending}>
              {pending ? t("working") : t("submit")}
            </button>
          </div>
        </div>
      </form>
      <div aria-live="polite">
        {state.status === "error" ? (
          <p className="notice error" role="alert">
            {state.code === "empty_input" ? t("empty") : t("error", { message: state.message })}
          </p>
        ) : null}
        {state.status === "done" ? (
          <section aria-labelledby="try-result" className="try-result">
            <h2 id="try-result">{t("result")}</h2>
            <p className="muted" data-testid="try-summary">
              {t("summary", { mentions: state.result.mentions.length, events: state.result.events.length })}
            </p>
            <h3>
              <bdi>{state.result.article.title}</bdi>
            </h3>
            <ExtractionView result={state.result} linkEntities={false} idPrefix="try-" />
            {state.result.warnings.length > 0 ? (
              <>
                <h3>{t("warnings")}</h3>
                <ul>
                  {state.result.warnings.map((warning) => (
                    <li key={`${warning.code}-${warning.message}`}>
                      <code>{warning.code}</code> {warning.message}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <RemovedChrome removed={state.result.article.removed} raw={state.input} />
            <IngestForm input={state.input} format={state.format} published={state.published} />
          </section>
        ) : null}
      </div>
    </>
  );
}
