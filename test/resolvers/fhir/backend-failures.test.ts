import type { OperationOutcome } from 'fhir/r4';
import { loadBackendSettings } from '../../../src/config';
import { startTestGraph } from '../../server/test-graph';
import {
  startDefaultSandbox,
  type DefaultSandbox,
} from '../../server/default-sandbox';
import {
  startFaultProxy,
  type Fault,
  type FaultProxy,
} from '../../server/fault-proxy';
import type { GraphResponse, TestGraph } from '../../server/test-graph';

// A short deadline for the backend that never responds, so the test waits
// about a second. The other fields need a few milliseconds.
const HANG_DEADLINE_MS = 1000;

function outcomeOf(resourceType: string): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'error',
        code: 'exception',
        diagnostics: `Injected failure of ${resourceType}`,
      },
    ],
  };
}

function serverError(resourceType: string): Fault {
  return { kind: 'status', status: 500, outcome: outcomeOf(resourceType) };
}

// EOBOral1 (CARIN BB) is for Patient/Patient2 and its provider is
// Practitioner/PractitionerDentalProvider1.
const MIXED_QUERY = `{
  ExplanationOfBenefit(id: "EOBOral1") {
    id
    patient { resource { ... on Patient { id } } }
    provider { resource { ... on Practitioner { id } } }
  }
  PractitionerList(_id: "PractitionerDentalProvider1") { id }
  Organization(id: "Payer1") { id }
}`;

const DATA_WITHOUT_PRACTITIONERS = {
  ExplanationOfBenefit: {
    id: 'EOBOral1',
    patient: { resource: { id: 'Patient2' } },
    provider: { resource: null },
  },
  PractitionerList: null,
  Organization: { id: 'Payer1' },
};

const FAILED_PATHS = [
  ['ExplanationOfBenefit', 'provider', 'resource'],
  ['PractitionerList'],
];

let sandbox: DefaultSandbox;
let proxy: FaultProxy;
let graph: TestGraph;
let hurriedGraph: TestGraph;

beforeAll(async () => {
  sandbox = await startDefaultSandbox();
  proxy = await startFaultProxy(sandbox.sandbox.baseUrl);
  const backends = loadBackendSettings({}, { sandboxBaseUrl: proxy.baseUrl });
  graph = await startTestGraph(backends);
  hurriedGraph = await startTestGraph(backends, {
    requestTimeoutMs: HANG_DEADLINE_MS,
  });
});

afterAll(async () => {
  await graph.close();
  await hurriedGraph.close();
  await proxy.close();
  await sandbox.sandbox.close();
});

afterEach(() => {
  proxy.clearFaults();
  proxy.takeRequests();
});

/** Returns the errors without `locations`, ordered by path. */
function errorsByPath(response: GraphResponse) {
  return (response.body.errors ?? [])
    .map(({ message, path, extensions }) => ({ message, path, extensions }))
    .sort((a, b) => String(a.path).localeCompare(String(b.path)));
}

function expectedErrors(message: string, extensions: Record<string, unknown>) {
  return FAILED_PATHS.map((path) => ({ message, path, extensions }));
}

describe('one failing resource type', () => {
  it('nulls only its fields on HTTP 500', async () => {
    proxy.setFault('Practitioner', serverError('Practitioner'));
    const response = await graph.query(MIXED_QUERY);
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual(DATA_WITHOUT_PRACTITIONERS);
    expect(errorsByPath(response)).toEqual(
      expectedErrors(
        'HTTP 500 from search Practitioner on FHIR backend "sandbox": Injected failure of Practitioner',
        {
          code: 'BACKEND_ERROR',
          backend: 'sandbox',
          backendStatus: 500,
          operationOutcome: outcomeOf('Practitioner'),
        },
      ),
    );
  });

  it('nulls only its fields on a timeout', async () => {
    proxy.setFault('Practitioner', { kind: 'hang' });
    const started = performance.now();
    const response = await hurriedGraph.query(MIXED_QUERY);
    expect(performance.now() - started).toBeLessThan(HANG_DEADLINE_MS * 3);
    expect(response.body.data).toEqual(DATA_WITHOUT_PRACTITIONERS);
    expect(errorsByPath(response)).toEqual(
      expectedErrors(
        'Timed out in search Practitioner on FHIR backend "sandbox": the request deadline passed',
        { code: 'BACKEND_TIMEOUT', backend: 'sandbox' },
      ),
    );
  });

  it('nulls only its fields on malformed JSON', async () => {
    proxy.setFault('Practitioner', { kind: 'malformed-json' });
    const response = await graph.query(MIXED_QUERY);
    expect(response.body.data).toEqual(DATA_WITHOUT_PRACTITIONERS);
    expect(errorsByPath(response)).toEqual(
      expectedErrors(
        'Invalid response to search Practitioner on FHIR backend "sandbox": HTTP 200 with malformed JSON',
        {
          code: 'BACKEND_INVALID_RESPONSE',
          backend: 'sandbox',
          backendStatus: 200,
        },
      ),
    );
  });

  it('still sends one request per type', async () => {
    proxy.setFault('Practitioner', { kind: 'malformed-json' });
    const response = await graph.query(MIXED_QUERY);
    expect(response.body.extensions?.backend?.byResourceType).toEqual({
      ExplanationOfBenefit: 1,
      Organization: 1,
      Patient: 1,
      Practitioner: 2,
    });
    const targets = proxy.requests.map((request) => request.target).sort();
    expect(targets).toEqual([
      'ExplanationOfBenefit?_id=EOBOral1&_count=1',
      'Organization?_id=Payer1&_count=1',
      'Patient?_id=Patient2&_count=1',
      'Practitioner?_id=PractitionerDentalProvider1',
      'Practitioner?_id=PractitionerDentalProvider1&_count=1',
    ]);
  });

  it('nulls only a failing reverse reference', async () => {
    proxy.setFault('Coverage', serverError('Coverage'));
    const response = await graph.query(`{
      Patient(id: "Patient1") {
        id
        CoverageList(_reference: beneficiary) { id }
        ExplanationOfBenefitList(_reference: patient) { id }
      }
    }`);
    const patient = response.body.data?.Patient as {
      id: string;
      CoverageList: unknown;
      ExplanationOfBenefitList: Array<{ id: string }>;
    };
    expect(patient.id).toBe('Patient1');
    expect(patient.CoverageList).toBeNull();
    expect(patient.ExplanationOfBenefitList).toHaveLength(8);
    expect(errorsByPath(response)).toEqual([
      {
        message:
          'HTTP 500 from search Coverage on FHIR backend "sandbox": Injected failure of Coverage',
        path: ['Patient', 'CoverageList'],
        extensions: {
          code: 'BACKEND_ERROR',
          backend: 'sandbox',
          backendStatus: 500,
          operationOutcome: outcomeOf('Coverage'),
        },
      },
    ]);
  });

  it('returns everything once the backend recovers', async () => {
    const response = await graph.query(MIXED_QUERY);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({
      ...DATA_WITHOUT_PRACTITIONERS,
      ExplanationOfBenefit: {
        ...DATA_WITHOUT_PRACTITIONERS.ExplanationOfBenefit,
        provider: { resource: { id: 'PractitionerDentalProvider1' } },
      },
      PractitionerList: [{ id: 'PractitionerDentalProvider1' }],
    });
  });
});
