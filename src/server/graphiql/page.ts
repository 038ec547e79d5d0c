import type { ExampleTab } from './examples';

/**
 * The Content-Security-Policy of the GraphiQL page: scripts, styles and
 * requests only to this origin, and `data:` for the fonts and icons that
 * graphiql.min.css embeds. Nothing is loaded from a CDN.
 */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The configuration that the page's script reads. */
export interface ExplorerConfig {
  readonly tabs: readonly ExampleTab[];
}

/**
 * Renders the GraphiQL page. It has no inline script or style: the
 * configuration is a JSON data block, which browsers never execute, and
 * `explorer.js` renders GraphiQL from it.
 */
export function renderGraphiqlPage(config: ExplorerConfig): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>fhir-payer-graph GraphiQL</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="/graphiql/assets/graphiql.min.css">
    <link rel="stylesheet" href="/graphiql/assets/explorer.css">
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script id="explorer-config" type="application/json">${jsonForHtml(config)}</script>
    <script src="/graphiql/assets/react.production.min.js"></script>
    <script src="/graphiql/assets/react-dom.production.min.js"></script>
    <script src="/graphiql/assets/graphiql.min.js"></script>
    <script src="/graphiql/assets/explorer.js"></script>
  </body>
</html>
`;
}

// Escapes the characters that could end the data block or the HTML
// parsing context early; JSON.parse reads the escapes back unchanged.
function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}
