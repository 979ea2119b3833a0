"use server";

import type { ExtractionResult } from "@marsad/model";
import { extractArticle, ingestArticle } from "@/lib/api";

export type ExtractState =
  | { status: "idle" }
  | { status: "error"; code: string; message: string }
  | { status: "done"; result: ExtractionResult; input: string; format: "text" | "html"; published: string };

const MAX_BYTES = 2 * 1024 * 1024;

async function readInput(form: FormData): Promise<{ text: string; format: "text" | "html" } | null> {
  const file = form.get("file");
  if (file instanceof File && file.size > 0 && file.size <= MAX_BYTES) {
    const text = await file.text();
    const isHtml = /\.html?$/i.test(file.name) || file.type === "text/html" || /^\s*<(!doctype|html|body|div|p)\b/i.test(text);
    return { text, format: isHtml ? "html" : "text" };
  }
  const text = form.get("text");
  if (typeof text === "string" && text.trim() !== "") {
    return { text, format: /^\s*<(!doctype|html)\b/i.test(text) ? "html" : "text" };
  }
  return null;
}

/** Runs the stateless extraction on pasted text or an uploaded file; nothing is stored. */
export async function extractAction(_previous: ExtractState, form: FormData): Promise<ExtractState> {
  const input = await readInput(form);
  if (input === null) return { status: "error", code: "empty_input", message: "" };
  const rawPublished = form.get("published");
  const published = typeof rawPublished === "string" && /^\d{4}-\d{2}-\d{2}$/.test(rawPublished) ? rawPublished : "";
  const payload = input.format === "html" ? { html: input.text } : { text: input.text };
  const response = await extractArticle(published ? { ...payload, published } : payload);
  if (!response.ok) return { status: "error", code: response.error.code, message: response.error.message };
  return { status: "done", result: response.data, input: input.text, format: input.format, published };
}

export type IngestState = { status: "idle" } | { status: "error"; message: string } | { status: "done"; id: string; outcome: string };

/** Stores the article through the API, which checks the key; the key is sent on, never kept. */
export async function ingestAction(_previous: IngestState, form: FormData): Promise<IngestState> {
  const text = form.get("input");
  const format = form.get("format") === "html" ? "html" : "text";
  const key = form.get("apiKey");
  const published = form.get("published");
  if (typeof text !== "string" || text.trim() === "" || typeof key !== "string" || key.trim() === "") {
    return { status: "error", message: "text and API key are required" };
  }
  const response = await ingestArticle(
    { [format]: text, ...(typeof published === "string" && published ? { published } : {}) },
    key.trim(),
  );
  if (!response.ok) return { status: "error", message: `${response.error.code}: ${response.error.message}` };
  return { status: "done", id: response.data.id, outcome: response.data.status };
}
