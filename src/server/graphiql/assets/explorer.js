/* global React, ReactDOM, GraphiQL, document, window */
// Renders GraphiQL with the example operations from the page's JSON data
// block. The page is served at the GraphQL endpoint, so requests go to the
// page's own path.
'use strict';

(function renderExplorer() {
  const config = JSON.parse(
    document.getElementById('explorer-config').textContent,
  );
  const fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: config.tabs,
      // GraphiQL 3.9 fills the editors of the first tab from these props,
      // not from defaultTabs.
      variables: config.tabs[0].variables,
      headers: config.tabs[0].headers,
      defaultEditorToolsVisibility: 'variables',
      isHeadersEditorEnabled: true,
      // Tokens stay out of localStorage.
      shouldPersistHeaders: false,
    }),
  );
})();
