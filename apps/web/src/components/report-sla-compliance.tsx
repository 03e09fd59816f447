import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import { priorityNames } from '../lib/ticket-list-vocabulary.ts';
import { csvUrl, type ReportBase, Section } from './report-sections.tsx';
import { Empty } from './ui/states.tsx';

interface MetOrBreached {
  met: number;
  breached: number;
}

/** "92 % met (46 of 50)", or a dash when nothing settled. */
function share({ met, breached }: MetOrBreached): string {
  const total = met + breached;
  return total === 0 ? '—' : `${Math.round((met / total) * 100)} % met (${met} of ${total})`;
}

/** A breached count draws the eye only when there is one. */
const breachedCell = (count: number) => (
  <td className={`px-2 ${count > 0 ? 'font-medium text-red-800' : ''}`}>{count}</td>
);

/** SLA targets met and breached, by week and priority, with the period's share met. */
export function SlaComplianceSection({ input }: { input: ReportBase }) {
  const trpc = useTRPC();
  const report = useQuery(trpc.reports.slaCompliance.queryOptions(input));
  const rows = report.data?.rows ?? [];
  const totals = report.data?.totals;
  return (
    <Section id="report-sla" title="SLA compliance" csv={csvUrl('sla-compliance', input)} query={report}>
      {rows.length === 0 || !totals ? (
        <Empty>No SLA target was met or missed in this period.</Empty>
      ) : (
        <>
          <p className="text-sm">
            First response: {share(totals.firstResponse)} · Resolution: {share(totals.resolution)}
          </p>
          <table className="self-start text-left text-sm">
            <thead>
              <tr>
                <th rowSpan={2} className="pr-4">
                  Week of
                </th>
                <th rowSpan={2} className="pr-4">
                  Priority
                </th>
                <th colSpan={2} scope="colgroup" className="px-2">
                  First response
                </th>
                <th colSpan={2} scope="colgroup" className="px-2">
                  Resolution
                </th>
              </tr>
              <tr>
                <th className="px-2 font-normal">Met</th>
                <th className="px-2 font-normal">Breached</th>
                <th className="px-2 font-normal">Met</th>
                <th className="px-2 font-normal">Breached</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.week}-${row.priority}`}>
                  <td className="pr-4">{row.week}</td>
                  <td className="pr-4">{priorityNames[row.priority]}</td>
                  <td className="px-2">{row.firstResponse.met}</td>
                  {breachedCell(row.firstResponse.breached)}
                  <td className="px-2">{row.resolution.met}</td>
                  {breachedCell(row.resolution.breached)}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Section>
  );
}
