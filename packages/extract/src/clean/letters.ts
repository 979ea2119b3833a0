const LETTER_OR_SPACE = /^[\p{L}\s]$/u;

/**
 * The text with every character that is neither a letter nor white space turned into one space (a code point at a
 * time, like `text.replace(/[^\p{L}\s]/gu, " ")`). Arabic and ASCII, nearly all of any page, are decided without a
 * regular expression; anything else asks the Unicode classes.
 */
export function lettersAndSpaces(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let width = 1;
    let keep: boolean;
    if (code < 0x80) keep = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x09 && code <= 0x0d) || code === 0x20;
    else if (code >= 0x0620 && code <= 0x064a) keep = true;
    else if (code >= 0x064b && code <= 0x065f) keep = false;
    else {
      const point = text.codePointAt(i) ?? code;
      width = point > 0xffff ? 2 : 1;
      keep = LETTER_OR_SPACE.test(String.fromCodePoint(point));
    }
    if (!keep) {
      out += `${text.slice(from, i)} `;
      from = i + width;
    }
    i += width - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
