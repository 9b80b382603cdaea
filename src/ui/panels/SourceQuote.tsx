/**
 * The sentence of a source document that supports a record, with the document's title. Both are
 * English: the block is marked `lang="en"` and `dir="ltr"`, so in a right-to-left page the quote
 * marks and the full stop stay at the ends where English puts them. The quote marks are the `<q>`
 * element's (the browser's English ones), so the element's text is the sentence exactly.
 */
export function SourceQuote({ quote, source }: { quote: string; source: string }) {
  return (
    <blockquote className="quote" lang="en" dir="ltr">
      <p>
        <q className="source-sentence">{quote}</q>
      </p>
      <footer>{source}</footer>
    </blockquote>
  );
}
