// XML 1.0 cannot hold every character a web page can: control characters
// (other than tab and line breaks), lone surrogates and U+FFFE/U+FFFF make a
// file no parser accepts. xmlbuilder2 escapes markup but writes these as
// they are, so text from articles goes through here first.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The text with characters XML cannot carry replaced by U+FFFD, one for
 * one, so offsets into it still hold. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD')
}
