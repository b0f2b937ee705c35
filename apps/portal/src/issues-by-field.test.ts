import { formatIssue, validateRequestBody } from '@pave-kit/contract';
import { describe, expect, test } from 'vitest';
import { issuesByField } from './issues-by-field.js';

describe('issuesByField', () => {
  test('groups messages under their field, in order', () => {
    expect(
      issuesByField([
        { field: 'vehicle.vin', pointer: '/vehicle/vin', rule: 'minLength', message: 'one' },
        { field: 'sms.to', pointer: '/sms/to', rule: 'minLength', message: 'two' },
        { field: 'vehicle.vin', pointer: '/vehicle/vin', rule: 'pattern', message: 'three' },
      ]),
    ).toEqual({ 'vehicle.vin': ['one', 'three'], 'sms.to': ['two'] });
  });

  test('says what the CLI says, split at the field name', () => {
    const result = validateRequestBody('createSession', { vehicle: { vin: 'JN1CV6AR9BMXXXXX' } });
    if (result.ok) throw new Error('expected the 16-character VIN to be refused');
    const [issue] = result.issues;
    if (!issue) throw new Error('expected one issue');
    expect(formatIssue(issue)).toBe('vehicle.vin: must be 17 characters, got 16');
    expect(issuesByField(result.issues)).toEqual({
      'vehicle.vin': ['must be 17 characters, got 16'],
    });
  });
});
