import { describe, expect, it } from 'vitest';
import { draftOf, hasTargets, policyFieldErrors, policyOf } from '../src/lib/sla-policy-draft.ts';

const saved = {
  targets: {
    critical: { firstResponseMinutes: 60, resolutionMinutes: 240 },
    low: { resolutionMinutes: 90 },
  },
  businessHours: {
    timeZone: 'Europe/Berlin',
    days: ['mon' as const, 'tue' as const],
    start: '08:00',
    end: '16:30',
    holidays: ['2025-12-25'],
  },
};

describe('the SLA policy form’s draft', () => {
  it('reads whole hours as hours and the rest as minutes, and sends the same policy back', () => {
    const draft = draftOf(saved, 'UTC');
    expect(draft.targets.critical.firstResponseMinutes).toEqual({ amount: '1', unit: 'h' });
    expect(draft.targets.low.resolutionMinutes).toEqual({ amount: '90', unit: 'min' });
    expect(draft.targets.medium.firstResponseMinutes).toEqual({ amount: '', unit: 'min' });
    expect(draft.targets.medium.resolutionMinutes).toEqual({ amount: '', unit: 'h' });
    expect(policyOf(draft)).toEqual({ policy: saved });
  });

  it('starts a project without a policy with no targets and business hours off in the given zone', () => {
    const draft = draftOf(null, 'America/New_York');
    expect(draft.businessHours).toMatchObject({ enabled: false, timeZone: 'America/New_York', start: '09:00' });
    const result = policyOf(draft);
    expect(result).toEqual({ policy: { targets: {} } });
    expect('policy' in result && hasTargets(result.policy)).toBe(false);
  });

  it('counts hours in whole minutes and leaves out business hours that are off', () => {
    const draft = draftOf(saved, 'UTC');
    draft.targets.high.resolutionMinutes = { amount: '1.5', unit: 'h' };
    draft.businessHours.enabled = false;
    const result = policyOf(draft);
    expect(result).toMatchObject({ policy: { targets: { high: { resolutionMinutes: 90 } } } });
    expect('policy' in result && result.policy.businessHours).toBeUndefined();
  });

  it('refuses an amount that is not a number before sending, and leaves the rest to the server', () => {
    const draft = draftOf(null, 'UTC');
    draft.targets.high.firstResponseMinutes = { amount: 'soon', unit: 'h' };
    draft.targets.low.firstResponseMinutes = { amount: '0', unit: 'min' };
    expect(policyOf(draft)).toEqual({ errors: { 'targets.high.firstResponseMinutes': ['A number'] } });
  });

  it('puts the server’s errors on the form’s fields, a holiday’s naming its date', () => {
    const draft = draftOf(saved, 'UTC');
    draft.businessHours.holidays = ['2025-12-25', '2025-13-01'];
    const fields = {
      'policy.targets.low.firstResponseMinutes': ['At least 1 minute'],
      'policy.businessHours.end': ['The working day ends after it starts'],
      'policy.businessHours.holidays.1': ['A holiday is YYYY-MM-DD'],
      'policy.businessHours.days.3': ['Invalid option'],
      projectKey: ['Unknown project'],
    };
    expect(policyFieldErrors(fields, draft)).toEqual({
      'targets.low.firstResponseMinutes': ['At least 1 minute'],
      'businessHours.end': ['The working day ends after it starts'],
      'businessHours.holidays': ['2025-13-01: A holiday is YYYY-MM-DD'],
      'businessHours.days': ['Invalid option'],
    });
  });
});
