/** What a comment or notification of a rule may say about its ticket and itself. */
export const placeholders = [
  'ticket.key',
  'ticket.title',
  'ticket.status',
  'ticket.priority',
  'ticket.dueDate',
  'ticket.reporter',
  'rule.name',
] as const;
export type Placeholder = (typeof placeholders)[number];

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * The first placeholder of a template that is not one of `placeholders`, with its position (0-based),
 * or null. Templates are text with `{{name}}` holes and nothing else: no expressions, no code.
 */
export function unknownPlaceholder(template: string): { name: string; position: number } | null {
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!(placeholders as readonly string[]).includes(name)) return { name, position: match.index };
  }
  return null;
}

/** Fills a template's placeholders with their values (an unknown one stays as written). */
export function fillTemplate(template: string, values: Record<Placeholder, string>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name as Placeholder] : whole,
  );
}

/** The placeholders' values for a ticket (as it is now) and a rule. */
export function templateValues(
  ticket: {
    key: string;
    title: string;
    status: string;
    priority: string;
    dueDate: string | null;
    reporter: { name: string };
  },
  ruleName: string,
): Record<Placeholder, string> {
  return {
    'ticket.key': ticket.key,
    'ticket.title': ticket.title,
    'ticket.status': ticket.status,
    'ticket.priority': ticket.priority,
    'ticket.dueDate': ticket.dueDate ?? '',
    'ticket.reporter': ticket.reporter.name,
    'rule.name': ruleName,
  };
}
