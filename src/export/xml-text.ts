// Text as XML 1.0 can hold it: characters the format forbids (C0 controls other than tab, line
// feed and carriage return, U+FFFE/U+FFFF, unpaired surrogates) are dropped, everything else kept;
// U+0085 and U+2028 go as character references, which no parser turns into line breaks.

const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters an XML 1.0 document cannot contain, even escaped. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/**
 * Raw U+0085 and U+2028 as character references. XML 1.1 parsers (and xmldom, which
 * graphology's parsers use) read them raw as line ends; a reference keeps the character.
 */
export function referenceLineSeparators(xml: string): string {
  return xml.replace(/[\u0085\u2028]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}

/** Escape for XML text content and double-quoted attribute values (after `xmlSafe`). */
export function escapeXml(text: string): string {
  return referenceLineSeparators(
    xmlSafe(text)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/\t/g, '&#9;')
      .replace(/\n/g, '&#10;')
      .replace(/\r/g, '&#13;'),
  );
}

/** Escape for XML text content (after `xmlSafe`); quotes stay readable there. */
export function escapeXmlText(text: string): string {
  return referenceLineSeparators(xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;'));
}
