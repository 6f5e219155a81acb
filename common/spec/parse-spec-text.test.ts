import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineAndColumn, parseSpecText } from './index.js';

describe('parseSpecText', () => {
  it('reads YAML and JSON alike', () => {
    expect(parseSpecText('openapi: 3.1.0\npaths: {}\n', 'a.yaml').openapi).toBe('3.1.0');
    expect(parseSpecText('{"openapi": "3.0.3", "paths": {}}', 'a.json').openapi).toBe('3.0.3');
  });

  it('names the line and column of a JSON syntax error', () => {
    const text = '{\n  "openapi": "3.0.3",\n  "paths": { "x": 1, }\n}';
    expect(() => parseSpecText(text, 'spec.json')).toThrow(/^spec\.json:3:22: invalid JSON/);
  });

  it('rejects Swagger 2.0 and other versions with a hint', () => {
    expect(() => parseSpecText('swagger: "2.0"\n', 's.yaml')).toThrow(/Swagger 2\.0 is not supported; convert the spec to OpenAPI 3\.0 or 3\.1/);
    expect(() => parseSpecText('openapi: 4.0.0\n', 's.yaml')).toThrow(/unsupported OpenAPI version "4\.0\.0"/);
    expect(() => parseSpecText('- a\n- b\n', 's.yaml')).toThrow(/the top level is an array, expected an object/);
  });

  it('rejects duplicate YAML keys, naming the line', () => {
    expect(() => parseSpecText('openapi: 3.0.3\npaths: {}\npaths: {}\n', 'dup.yaml')).toThrow(/^dup\.yaml:3:1: invalid YAML/);
  });
});

describe('jsonErrorOffset', () => {
  const at = (text: string): { line: number; column: number } => lineAndColumn(text, jsonErrorOffset(text));
  it('points at the offending character', () => {
    expect(at('{"a": tru}')).toEqual({ line: 1, column: 7 });
    expect(at('[1,\n2,\n]')).toEqual({ line: 3, column: 1 });
    expect(at('{"a": "line\nbreak"}')).toEqual({ line: 1, column: 12 });
    expect(at('{"a": 1} trailing')).toEqual({ line: 1, column: 10 });
  });
});
