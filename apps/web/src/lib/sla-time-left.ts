const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** A span in the two largest units that matter: "45 min", "2 h 10 min", "1 day 5 h", "3 days". */
function span(ms: number): string {
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  // Hours still count on the second day; past that, a day more or less is what one plans with.
  if (days >= 2) return plural(days, 'day');
  if (days === 1) return hours > 0 ? `1 day ${hours} h` : '1 day';
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

/**
 * How long until a target is due, in words: "2 h 10 min left", "due in 3 days", "15 min overdue".
 * Rounded down, so what is left is never overstated.
 */
export function formatTimeLeft(dueAt: Date, now: Date): string {
  const ms = dueAt.getTime() - now.getTime();
  if (Math.abs(ms) < MINUTE) return ms > 0 ? 'under 1 min left' : 'due now';
  if (ms < 0) return `${span(-ms)} overdue`;
  return ms >= DAY ? `due in ${span(ms)}` : `${span(ms)} left`;
}
