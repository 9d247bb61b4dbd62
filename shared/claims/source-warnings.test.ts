import { describe, expect, it } from 'vitest';
import type { EvidenceSource } from '../model/claim-record';
import { countIndependentSources, describeSourceWarning, hostOf, sourceWarnings } from './source-warnings';
import { testAnnotation as make } from './test-support/test-annotations';

const source = (publisher: string, url: string, anonymous = false): EvidenceSource => ({
  url,
  title: 'T',
  publisher,
  excerpt: '',
  kind: 'news-report',
  anonymous,
});

describe('countIndependentSources', () => {
  it('counts one origin for sources sharing a publisher or a URL host', () => {
    expect(countIndependentSources([source('Port Authority', 'https://port.example/log'), source('port authority.', '')])).toBe(1);
    expect(countIndependentSources([source('', 'https://www.port.example/a'), source('Harbour News', 'http://port.example/b')])).toBe(1);
    expect(countIndependentSources([source('Port Authority', 'https://port.example'), source('Reuters', 'https://reuters.example')])).toBe(
      2,
    );
  });

  it('joins chains: A shares a publisher with B, B a host with C', () => {
    const sources = [
      source('Ministry', ''),
      source('Ministry', 'https://gov.example/x'),
      source('Press office', 'https://gov.example/y'),
      source('Lab', ''),
    ];
    expect(countIndependentSources(sources)).toBe(2);
  });

  it('does not count anonymous sources', () => {
    expect(countIndependentSources([source('', '', true), source('', '', true)])).toBe(0);
  });
});

describe('hostOf', () => {
  it('reads the host without www and refuses what is no absolute URL', () => {
    expect(hostOf('https://user@WWW.Example.org:8080/path?q')).toBe('example.org');
    expect(hostOf('example.org/path')).toBeNull();
  });
});

describe('sourceWarnings', () => {
  const claim = make('c1', 'claim', 0);

  it('warns when supporting and refuting evidence cite fewer than two independent sources', () => {
    const set = [
      claim,
      make('e1', 'evidence', 20, {
        links: [{ claim: 'c1', stance: 'refutes' }],
        sources: [source('Port Authority', 'https://port.example')],
      }),
      // Context does not hold a verdict up.
      make('e2', 'evidence', 30, { links: [{ claim: 'c1', stance: 'context' }], sources: [source('Reuters', 'https://reuters.example')] }),
    ];
    expect(sourceWarnings(set, 'c1')).toEqual([{ kind: 'too-few-independent', independent: 1 }]);
    expect(describeSourceWarning({ kind: 'too-few-independent', independent: 1 })).toMatch(/1 independent source; at least 2/);
  });

  it('warns when every source is anonymous', () => {
    const set = [
      claim,
      make('e1', 'evidence', 20, { links: [{ claim: 'c1', stance: 'supports' }], sources: [source('', '', true), source('', '', true)] }),
    ];
    expect(sourceWarnings(set, 'c1').map((w) => w.kind)).toEqual(['only-anonymous', 'too-few-independent']);
  });

  it('is quiet with two independent named sources across two pieces of evidence', () => {
    const set = [
      claim,
      make('e1', 'evidence', 20, {
        links: [{ claim: 'c1', stance: 'refutes' }],
        sources: [source('Port Authority', 'https://port.example')],
      }),
      make('e2', 'evidence', 30, {
        links: [{ claim: 'c1', stance: 'supports' }],
        sources: [source('Reuters', 'https://reuters.example'), source('', '', true)],
      }),
    ];
    expect(sourceWarnings(set, 'c1')).toEqual([]);
  });
});
