import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startDefaultSandbox, type DefaultSandbox } from '../default-sandbox';
import { startOpsGraph, type OpsGraph } from '../operations/ops-graph';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT_DIR = path.join(__dirname, '../../../test-output');
// A drug of the formulary example's first result page.
const EXPECTED_DRUG = 'doxepin 10 MG Oral Capsule';

/**
 * Starts an HTTP proxy on 127.0.0.1 that records and rejects every request
 * it gets. Chromium sends every request for another host through it, its own
 * background requests included, and never sends loopback requests to it.
 * Chromium 156 still calls some Google services (component updates,
 * accounts) with every flag below, so the proxy is what keeps them in.
 */
async function startRecordingProxy(): Promise<{
  server: Server;
  port: number;
  requests: string[];
}> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method ?? ''} ${request.url ?? ''}`);
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket) => {
    requests.push(`CONNECT ${request.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, port, requests };
}

let sandbox: DefaultSandbox;
let graph: OpsGraph;
let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
let profileDir: string;
let context: BrowserContext;
let page: Page;
const pageRequests: string[] = [];
const blockedRequests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  sandbox = await startDefaultSandbox();
  graph = await startOpsGraph({ sandboxBaseUrl: sandbox.sandbox.baseUrl });
  proxy = await startRecordingProxy();
  profileDir = await mkdtemp(path.join(tmpdir(), 'fpg-chromium-'));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=AutofillServerCommunication,NetworkTimeServiceQuerying',
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
    ],
  });
  // Every request of the page is recorded; one to any host other than
  // 127.0.0.1 is aborted, so it can never leave the machine.
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    pageRequests.push(url.href);
    if (url.protocol === 'data:' || url.hostname === '127.0.0.1') {
      await route.continue();
    } else {
      blockedRequests.push(url.href);
      await route.abort('blockedbyclient');
    }
  });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') {
      consoleErrors.push(message.text());
    }
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});

afterAll(async () => {
  await context?.close();
  await rm(profileDir, { recursive: true, force: true });
  await new Promise((resolve) => proxy.server.close(resolve));
  await graph.close();
  await sandbox.sandbox.close();
});

describe('GraphiQL in a browser', () => {
  it('runs the formulary example offline', async () => {
    await page.goto(graph.service.url);
    await page.locator('.graphiql-container').waitFor();
    const queryEditor = page.locator('.graphiql-query-editor');
    await expect(queryEditor.textContent()).resolves.toContain(
      'query FormularyByDrugName',
    );

    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await result.getByText(EXPECTED_DRUG).first().waitFor();
    await expect(result.textContent()).resolves.toContain(
      '"id": "Formulary-10207VA0380001"',
    );

    await mkdir(OUTPUT_DIR, { recursive: true });
    await page.screenshot({
      path: path.join(OUTPUT_DIR, 'graphiql-formulary.png'),
    });
  });

  it('shows FHIR descriptions in the docs', async () => {
    await page.getByLabel('Show Documentation Explorer').click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).click();
    await docs
      .getByText('Reads one formulary by InsurancePlan id.', { exact: false })
      .first()
      .waitFor();
  });

  it('opens the member tab with credential headers', async () => {
    await page.locator('.graphiql-tab').getByText('MemberSummary').click();
    await page.getByText('Headers', { exact: true }).click();
    const headers = page.locator('.graphiql-editor-tool .graphiql-editor');
    await headers
      .getByText('npm run token', { exact: false })
      .first()
      .waitFor();
  });

  it('keeps every request on 127.0.0.1', async () => {
    await mkdir(OUTPUT_DIR, { recursive: true });
    const record = { pageRequests, blockedRequests, proxied: proxy.requests };
    await writeFile(
      path.join(OUTPUT_DIR, 'graphiql-requests.json'),
      `${JSON.stringify(record, null, 2)}\n`,
    );
    expect(pageRequests.length).toBeGreaterThan(0);
    expect(blockedRequests).toEqual([]);
    for (const href of pageRequests) {
      const url = new URL(href);
      expect(url.protocol === 'data:' || url.hostname === '127.0.0.1').toBe(
        true,
      );
    }
    // What reached the proxy came from the browser process and was
    // rejected there; none of it is the page loading a script or style.
    for (const request of proxy.requests) {
      expect(request).not.toMatch(/\.(js|css|woff2?)(\?|$| )/);
    }
  });

  it('logs no error or CSP violation', () => {
    expect(consoleErrors).toEqual([]);
  });
});
