/**
 * The members by dues state at the end of each of the last 12 months, for the general
 * assembly: stacked bars, each colour also named in the legend, and the figures in a table
 * (for a screen reader, and to copy into the assembly's report).
 */
import * as React from 'react';
import type { MonthOfMembers } from '@aec/config';
import { texts } from './texts.fr';

const STATES = [
  { key: 'upToDate', colour: '#328048' },
  { key: 'overdue', colour: '#d02b20' },
  { key: 'none', colour: '#8e8ea9' },
] as const;

const monthName = new Intl.DateTimeFormat('fr-FR', { month: 'short', year: '2-digit', timeZone: 'UTC' });
const label = (month: string) => monthName.format(new Date(`${month}-01T00:00:00Z`));

const cell: React.CSSProperties = { padding: '2px 8px', textAlign: 'right', borderBottom: '1px solid #dcdce4' };

export function MembersChart({ months }: { months: MonthOfMembers[] }) {
  const highest = Math.max(1, ...months.map((m) => m.upToDate + m.overdue + m.none));
  const [width, height, bar] = [360, 120, 22];
  const step = width / months.length;
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${width} ${height + 18}`} width="100%" aria-hidden="true" style={{ maxWidth: 480 }}>
        {months.map((m, i) => {
          let top = height;
          return (
            <g key={m.month}>
              {STATES.map(({ key, colour }) => {
                const size = (m[key] / highest) * height;
                top -= size;
                return (
                  <rect key={key} x={i * step + (step - bar) / 2} y={top} width={bar} height={size} fill={colour} />
                );
              })}
              <text x={i * step + step / 2} y={height + 14} fontSize="9" textAnchor="middle" fill="#32324d">
                {label(m.month).replace(/\.? \d+$/, '')}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption style={{ display: 'flex', gap: 16, flexWrap: 'wrap', fontSize: 14 }}>
        {STATES.map(({ key, colour }) => (
          <span key={key}>
            <span
              aria-hidden="true"
              style={{ display: 'inline-block', width: 12, height: 12, background: colour, marginRight: 6 }}
            />
            {texts.states[key]}
          </span>
        ))}
      </figcaption>
      <details style={{ marginTop: 8, fontSize: 14 }}>
        <summary>{texts.chartFigures}</summary>
        <table style={{ borderCollapse: 'collapse', marginTop: 8 }}>
          <caption style={{ textAlign: 'left' }}>{texts.chartTitle}</caption>
          <thead>
            <tr>
              <th scope="col" style={{ ...cell, textAlign: 'left' }}>
                {texts.month}
              </th>
              {STATES.map(({ key }) => (
                <th key={key} scope="col" style={cell}>
                  {texts.states[key]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row" style={{ ...cell, textAlign: 'left' }}>
                  {label(m.month)}
                </th>
                {STATES.map(({ key }) => (
                  <td key={key} style={cell}>
                    {m[key]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
