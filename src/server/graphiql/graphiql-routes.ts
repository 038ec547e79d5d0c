import path from 'node:path';
import { Router, type Request, type Response } from 'express';
import type { ExampleTab } from './examples';
import { GRAPHIQL_CSP, renderGraphiqlPage } from './page';

/** Returns the directory of an installed package. */
function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

// Every file the page loads, by the name in its URL. Only these are
// served, so no other file of node_modules is reachable.
const ASSETS: ReadonlyMap<string, string> = new Map([
  [
    'react.production.min.js',
    path.join(packageDir('react'), 'umd/react.production.min.js'),
  ],
  [
    'react-dom.production.min.js',
    path.join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
  ],
  ['graphiql.min.js', path.join(packageDir('graphiql'), 'graphiql.min.js')],
  ['graphiql.min.css', path.join(packageDir('graphiql'), 'graphiql.min.css')],
  ['explorer.js', path.join(__dirname, 'assets/explorer.js')],
  ['explorer.css', path.join(__dirname, 'assets/explorer.css')],
]);

/**
 * Routes of the GraphiQL explorer: the page on `GET /graphql` for a
 * browser (Accept prefers text/html, no `query` parameter), and its assets
 * under `/graphiql/assets/`. Any other GET of `/graphql` goes on to Apollo
 * Server.
 */
export function graphiqlRouter(tabs: readonly ExampleTab[]): Router {
  const page = renderGraphiqlPage({ tabs });
  const router = Router();
  router.get('/graphql', (request, response, next) => {
    if (!wantsPage(request)) {
      next();
      return;
    }
    response
      .status(200)
      .set({
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': GRAPHIQL_CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      })
      .send(page);
  });
  router.get('/graphiql/assets/:file', (request, response) => {
    sendAsset(request.params.file, response);
  });
  return router;
}

function wantsPage(request: Request): boolean {
  const preferred = request.accepts([
    'application/json',
    'application/graphql-response+json',
    'text/html',
  ]);
  return preferred === 'text/html' && request.query.query === undefined;
}

function sendAsset(file: string | undefined, response: Response): void {
  const assetPath = file === undefined ? undefined : ASSETS.get(file);
  if (assetPath === undefined) {
    response.status(404).type('text/plain').send('Not found');
    return;
  }
  response.sendFile(assetPath, {
    headers: { 'x-content-type-options': 'nosniff' },
    maxAge: '1h',
  });
}
