/**
 * The home page widget: what waits for this person, then the members by dues state (for those
 * who may read them). Each line is a link to the admin list already filtered.
 */
import * as React from 'react';
import { Link } from 'react-router-dom';
import { useFetchClient } from '@strapi/strapi/admin';
import { Box, Typography } from '@strapi/design-system';
import type { MonthOfMembers, SummaryLine as Line, WaitingSummary } from '@aec/config';
import { MembersChart } from './MembersChart';
import { texts } from './texts.fr';

const listStyle: React.CSSProperties = { listStyle: 'none', margin: 0, padding: 0, fontSize: 16, lineHeight: 1.8 };

function Lines({ lines }: { lines: Line[] }) {
  return (
    <ul style={listStyle}>
      {lines.map((line) => (
        <li key={line.path}>
          {/* The admin's own router: the path without its /admin prefix. */}
          <Link to={line.path.replace(/^\/admin/, '')}>{line.text}</Link>
        </li>
      ))}
    </ul>
  );
}

/** A heading and its lines; nothing when there is no line. */
function Section({ title, lines }: { title: string; lines: Line[] }) {
  if (lines.length === 0) return null;
  return (
    <>
      <Typography tag="h3" variant="omega" fontWeight="bold">
        {title}
      </Typography>
      <Lines lines={lines} />
    </>
  );
}

export function WaitingWidget() {
  const { get } = useFetchClient();
  const fetchRef = React.useRef(get);
  fetchRef.current = get;
  const [summary, setSummary] = React.useState<WaitingSummary | null>(null);
  const [failed, setFailed] = React.useState(false);
  React.useEffect(() => {
    fetchRef
      .current<{ data: WaitingSummary }>('/waiting/summary')
      .then(({ data }) => setSummary(data.data))
      .catch(() => setFailed(true));
  }, []);

  if (failed) return <div role="alert">{texts.error}</div>;
  if (!summary) return null;
  return (
    <Box>
      <Typography tag="h3" variant="omega" fontWeight="bold">
        {texts.todo}
      </Typography>
      {summary.todo.length > 0 ? <Lines lines={summary.todo} /> : <p>{texts.nothing}</p>}
      <Section title={texts.upcoming} lines={summary.upcoming} />
      <Section title={texts.members} lines={summary.members} />
    </Box>
  );
}

/** The second widget: the members over the last 12 months, for those who may read members. */
export function MembersYearWidget() {
  const { get } = useFetchClient();
  const fetchRef = React.useRef(get);
  fetchRef.current = get;
  const [months, setMonths] = React.useState<MonthOfMembers[] | null>(null);
  const [failed, setFailed] = React.useState(false);
  React.useEffect(() => {
    fetchRef
      .current<{ data: Pick<WaitingSummary, 'months'> }>('/waiting/summary')
      .then(({ data }) => setMonths(data.data.months))
      .catch(() => setFailed(true));
  }, []);
  if (failed) return <div role="alert">{texts.error}</div>;
  if (!months) return null;
  return months.length > 0 ? <MembersChart months={months} /> : <p>{texts.noMembers}</p>;
}
