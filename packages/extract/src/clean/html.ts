import { type DefaultTreeAdapterMap, parse } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "button", "select", "iframe", "head"]);
const BLOCKS = new Set([
  "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
  "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "figure", "time", "dd", "dt",
]);

export interface HtmlText {
  /** The page's text, one block per line. */
  readonly text: string;
  /** Text of `<figcaption>` elements, kept apart from the body. */
  readonly captions: string[];
}

/** Text of an HTML page through a real HTML parser: blocks become lines, scripts and navigation are dropped. */
export function htmlToText(html: string): HtmlText {
  const document = parse(html);
  const parts: string[] = [];
  const captions: string[] = [];
  walk(document, parts, captions);
  const text = parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((line, i, all) => line !== "" || (i > 0 && all[i - 1] !== ""))
    .join("\n")
    .trim();
  return { text, captions };
}

function walk(node: Node, out: string[], captions: string[]): void {
  if (node.nodeName === "#text" && "value" in node) {
    out.push(node.value);
    return;
  }
  if (!("childNodes" in node)) return;
  const tag = "tagName" in node ? (node as Element).tagName : "";
  if (SKIPPED.has(tag)) return;
  if (tag === "figcaption") {
    const inner: string[] = [];
    for (const child of node.childNodes) walk(child, inner, captions);
    const caption = inner.join("").replace(/\s+/g, " ").trim();
    if (caption) captions.push(caption);
    return;
  }
  const block = BLOCKS.has(tag);
  if (block) out.push("\n");
  for (const child of node.childNodes) walk(child, out, captions);
  if (block) out.push("\n");
}
