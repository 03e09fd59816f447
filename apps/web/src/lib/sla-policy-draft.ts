import type { RouterInputs, TicketPriority } from '@ticketing/client/types';
import { priorities } from './ticket-list-vocabulary.ts';

/** What `projects.sla.put` takes as the policy. */
export type SlaPolicyInput = RouterInputs['projects']['sla']['put']['policy'];
type BusinessHoursInput = NonNullable<SlaPolicyInput['businessHours']>;
export type Weekday = NonNullable<BusinessHoursInput['days']>[number];

export const weekdayNames: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};
export const weekdays = Object.keys(weekdayNames) as Weekday[];

export const targetFields = ['firstResponseMinutes', 'resolutionMinutes'] as const;
export type TargetField = (typeof targetFields)[number];

export type TimeUnit = 'min' | 'h';
/** A target as typed: an amount in a unit; empty means no target. */
export interface TargetDraft {
  amount: string;
  unit: TimeUnit;
}

export interface SlaPolicyDraft {
  targets: Record<TicketPriority, Record<TargetField, TargetDraft>>;
  businessHours: {
    enabled: boolean;
    timeZone: string;
    days: Weekday[];
    start: string;
    end: string;
    holidays: string[];
  };
}

/** Whole hours read as hours, anything else as minutes; an empty target offers its usual unit. */
function targetDraft(minutes: number | undefined, usualUnit: TimeUnit): TargetDraft {
  if (minutes === undefined) return { amount: '', unit: usualUnit };
  return minutes % 60 === 0 ? { amount: String(minutes / 60), unit: 'h' } : { amount: String(minutes), unit: 'min' };
}

/** The form's starting point: the policy as saved, or empty targets and the usual office week. */
export function draftOf(policy: SlaPolicyInput | null, defaultTimeZone: string): SlaPolicyDraft {
  const hours = policy?.businessHours;
  const targets = Object.fromEntries(
    priorities.map((priority) => {
      const saved = policy?.targets[priority];
      return [
        priority,
        {
          firstResponseMinutes: targetDraft(saved?.firstResponseMinutes, 'min'),
          resolutionMinutes: targetDraft(saved?.resolutionMinutes, 'h'),
        },
      ];
    }),
  ) as SlaPolicyDraft['targets'];
  return {
    targets,
    businessHours: {
      enabled: hours !== undefined,
      timeZone: hours?.timeZone ?? defaultTimeZone,
      days: hours?.days ?? ['mon', 'tue', 'wed', 'thu', 'fri'],
      start: hours?.start ?? '09:00',
      end: hours?.end ?? '17:00',
      holidays: hours?.holidays ?? [],
    },
  };
}

/** Field errors keyed like the API's paths under `policy` (`targets.high.resolutionMinutes`, …). */
export type PolicyFieldErrors = Record<string, string[]>;

/**
 * The policy to send, or what is wrong with the draft before sending: only what the server cannot be
 * told (an amount that is not a number). Everything else is the server's to judge.
 */
export function policyOf(draft: SlaPolicyDraft): { policy: SlaPolicyInput } | { errors: PolicyFieldErrors } {
  const errors: PolicyFieldErrors = {};
  const targets: SlaPolicyInput['targets'] = {};
  for (const priority of priorities) {
    const target: Partial<Record<TargetField, number>> = {};
    for (const field of targetFields) {
      const { amount, unit } = draft.targets[priority][field];
      if (amount.trim() === '') continue;
      const value = Number(amount);
      if (!Number.isFinite(value)) {
        errors[`targets.${priority}.${field}`] = ['A number'];
        continue;
      }
      // The API counts whole minutes: 1.5 h is 90.
      target[field] = Math.round(unit === 'h' ? value * 60 : value);
    }
    if (Object.keys(target).length > 0) targets[priority] = target;
  }
  if (Object.keys(errors).length > 0) return { errors };
  const { enabled, ...hours } = draft.businessHours;
  return { policy: { targets, ...(enabled ? { businessHours: hours } : {}) } };
}

/** Whether the draft sets any target: one without removes the project's SLA. */
export const hasTargets = (policy: SlaPolicyInput) => Object.keys(policy.targets).length > 0;

/**
 * The API's failing fields (`policy.businessHours.holidays.2`) as the form's fields: the `policy.`
 * prefix dropped, a holiday's error on the holidays field and naming the date.
 */
export function policyFieldErrors(fields: Record<string, string[]>, draft: SlaPolicyDraft): PolicyFieldErrors {
  const errors: PolicyFieldErrors = {};
  for (const [path, messages] of Object.entries(fields)) {
    if (!path.startsWith('policy.')) continue;
    const holiday = /^policy\.businessHours\.holidays\.(\d+)$/.exec(path);
    const key = holiday ? 'businessHours.holidays' : path.slice('policy.'.length).replace(/\.\d+$/, '');
    const date = holiday ? draft.businessHours.holidays[Number(holiday[1])] : undefined;
    const worded = date ? messages.map((message) => `${date}: ${message}`) : messages;
    errors[key] = [...(errors[key] ?? []), ...worded];
  }
  return errors;
}
