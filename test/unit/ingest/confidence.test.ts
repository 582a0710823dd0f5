import { describe, expect, it } from 'vitest';
import { gradeFact, type SourceOfFact } from '../../../src/ingest/confidence.js';

const src = (id: string, extra: Partial<SourceOfFact> = {}): SourceOfFact => ({ id, name: id, ...extra });

describe('the confidence rule', () => {
  it('two independent sources are high', () => {
    expect(gradeFact([src('ref:a'), src('ref:b')])).toMatchObject({ confidence: 'high', independentSources: 2 });
  });

  it('one source is medium', () => {
    expect(gradeFact([src('ref:a')])).toMatchObject({ confidence: 'medium', independentSources: 1, basis: 'medium: 1 independent source' });
  });

  it('copies of one report count once', () => {
    const g = gradeFact([src('article:002', { report: 'report:x' }), src('ref:mirror', { report: 'report:x' })]);
    expect(g).toMatchObject({ confidence: 'medium', independentSources: 1 });
    expect(g.basis).toContain('article:002 and ref:mirror are copies of one report');
  });

  it('a copy and an independent source make two', () => {
    expect(gradeFact([src('a', { report: 'r' }), src('b', { report: 'r' }), src('c')])).toMatchObject({ confidence: 'high', independentSources: 2 });
  });

  it('the notice itself is high on its own', () => {
    const g = gradeFact([src('ref:notice', { isNotice: true })]);
    expect(g.confidence).toBe('high');
    expect(g.basis).toBe('high: the notice itself (ref:notice)');
  });

  it('the roster’s grade may lower the rule’s, never raise it', () => {
    expect(gradeFact([src('a'), src('b')], 'low')).toMatchObject({ confidence: 'low' });
    expect(gradeFact([src('a'), src('b')], 'low').basis).toContain('lowered to low by the roster');
    const raised = gradeFact([src('a', { report: 'r' }), src('b', { report: 'r' })], 'high');
    expect(raised.confidence).toBe('medium');
    expect(raised.basis).toContain('the roster said high');
    expect(gradeFact([src('a', { isNotice: true })], 'medium').confidence).toBe('medium');
  });

  it('a fact without a source is a programming error', () => {
    expect(() => gradeFact([])).toThrow(/at least one source/u);
  });
});
