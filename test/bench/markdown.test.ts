import {
  formatNumber,
  renderTable,
  replaceSection,
} from '../../bench/markdown';

describe('renderTable', () => {
  it('renders headers, a rule and rows', () => {
    expect(renderTable(['mode', 'req/s'], [['service', '12.5']])).toBe(
      '| mode | req/s |\n| --- | --- |\n| service | 12.5 |',
    );
  });

  it('escapes pipes inside cells', () => {
    expect(renderTable(['a'], [['x|y']])).toBe('| a |\n| --- |\n| x\\|y |');
  });
});

describe('replaceSection', () => {
  const marked =
    '# Benchmarks\n\nintro\n\n<!-- bench:soak -->\nold\n<!-- /bench:soak -->\n\nend\n';

  it('replaces the text between the markers', () => {
    expect(replaceSection(marked, 'soak', 'new')).toBe(
      '# Benchmarks\n\nintro\n\n<!-- bench:soak -->\nnew\n<!-- /bench:soak -->\n\nend\n',
    );
  });

  it('leaves other sections alone', () => {
    const result = replaceSection(marked, 'comparison', 'table');
    expect(result).toContain('<!-- bench:soak -->\nold\n<!-- /bench:soak -->');
    expect(
      result.endsWith(
        '<!-- bench:comparison -->\ntable\n<!-- /bench:comparison -->\n',
      ),
    ).toBe(true);
  });

  it('appends the section when the markers are missing', () => {
    expect(replaceSection('# Benchmarks\n', 'soak', 'rss')).toBe(
      '# Benchmarks\n\n<!-- bench:soak -->\nrss\n<!-- /bench:soak -->\n',
    );
  });
});

describe('formatNumber', () => {
  it('rounds to the digits requested', () => {
    expect(formatNumber(3.14159, 2)).toBe('3.14');
  });

  it.each([null, undefined, Number.NaN])('renders %p as a dash', (value) => {
    expect(formatNumber(value)).toBe('–');
  });
});
