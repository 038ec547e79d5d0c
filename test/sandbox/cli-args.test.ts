import { parseSandboxArgs } from '../../src/sandbox/cli-args';

describe('parseSandboxArgs', () => {
  it('defaults to port 8103', () => {
    expect(parseSandboxArgs([])).toEqual({ port: 8103 });
  });

  it('reads --port in both forms', () => {
    expect(parseSandboxArgs(['--port', '0'])).toEqual({ port: 0 });
    expect(parseSandboxArgs(['--port=9000'])).toEqual({ port: 9000 });
  });

  it('returns undefined for --help', () => {
    expect(parseSandboxArgs(['--help'])).toBeUndefined();
  });

  it.each(['--port', '--port x', '--port 70000', '--port=-1'])(
    'rejects %s',
    (args) => {
      expect(() => parseSandboxArgs(args.split(' '))).toThrow(
        /^Invalid --port value ".*": expected an integer from 0 to 65535$/,
      );
    },
  );

  it('rejects an unknown argument', () => {
    expect(() => parseSandboxArgs(['--verbose'])).toThrow(
      'Unknown argument "--verbose"',
    );
  });
});
