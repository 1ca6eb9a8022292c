// Text made safe to place inside an HTML <script> element: JSON data whose strings cannot close
// the element or start a comment, and script source that cannot either.

/**
 * JSON for `<script type="application/json">`: `<`, `>`, `&`, U+2028 and U+2029 become \u
 * escapes, which JSON.parse reads back as the same characters.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Script source for an inline <script>: `</script` and `<!--` cannot occur in it afterwards. */
export function embedScript(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
