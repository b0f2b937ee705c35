import { describe, expect, test } from 'vitest';
import { type FieldIssue, formatIssue, issuesByField } from './issues.js';

const issue = (field: string, message: string): FieldIssue => ({
  field,
  pointer: `/${field.replaceAll('.', '/')}`,
  rule: 'test',
  message,
});

describe('issuesByField', () => {
  test("groups messages by field, in order, as PAVE's 400 body does", () => {
    expect(
      issuesByField([
        issue('vehicle.vin', 'must be 17 characters, got 16'),
        issue('session.theme', 'must be one of LITE, PRO, CAPT, got "GOLD"'),
        issue('vehicle.vin', 'must match the pattern ^[A-Za-z0-9]+$, got "JN1-"'),
      ]),
    ).toEqual({
      'vehicle.vin': [
        'must be 17 characters, got 16',
        'must match the pattern ^[A-Za-z0-9]+$, got "JN1-"',
      ],
      'session.theme': ['must be one of LITE, PRO, CAPT, got "GOLD"'],
    });
  });

  test('keeps fields named like Object.prototype members as plain keys', () => {
    const grouped = issuesByField([
      issue('constructor', 'is not allowed'),
      issue('__proto__', 'is not allowed'),
      issue('toString', 'is not allowed'),
      issue('constructor', 'must be a string'),
    ]);
    expect(JSON.parse(JSON.stringify(grouped))).toEqual({
      constructor: ['is not allowed', 'must be a string'],
      ['__proto__']: ['is not allowed'],
      toString: ['is not allowed'],
    });
    expect(Object.keys(grouped)).toEqual(['constructor', '__proto__', 'toString']);
  });

  test('gives an empty object for no issues', () => {
    expect(issuesByField([])).toEqual({});
  });
});

test('formatIssue puts the field before the rule', () => {
  expect(formatIssue(issue('sms.to', 'is required'))).toBe('sms.to: is required');
});
