/**
 * « Courriels »: the latest mails, newest first, with a filter by state. A plain table with a
 * caption and column headers, and a labelled select, so that keyboard and screen reader users
 * read it as everyone else does.
 */
import * as React from 'react';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { Box, Typography } from '@strapi/design-system';
import type { MailRow } from '@aec/config';
import { texts } from './texts.fr';

const tableStyle: React.CSSProperties = { borderCollapse: 'collapse', width: '100%', fontSize: 14, marginTop: 16 };
const cellStyle: React.CSSProperties = { borderBottom: '1px solid #dcdce4', padding: '6px 8px', textAlign: 'left' };
const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });

export default function MailsPage() {
  const { get } = useFetchClient();
  // A new function at each render: read through a ref, or the list would load again and again.
  const fetchRef = React.useRef(get);
  fetchRef.current = get;
  const [state, setState] = React.useState('');
  const [rows, setRows] = React.useState<MailRow[] | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);

  React.useEffect(() => {
    let current = true;
    setRows(null);
    setProblem(null);
    fetchRef
      .current<{ data: MailRow[] }>(`/mails/list${state ? `?etat=${state}` : ''}`)
      .then(({ data }) => current && setRows(data.data))
      .catch((error: { status?: number; response?: { status?: number } }) => {
        if (!current) return;
        const status = error.response?.status ?? error.status;
        setProblem(status === 403 ? texts.forbidden : texts.error);
      });
    return () => {
      current = false;
    };
  }, [state]);

  return (
    <Page.Main>
      <Page.Title>{texts.title}</Page.Title>
      <Layouts.Header title={texts.title} subtitle={texts.subtitle} />
      <Layouts.Content>
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
          <label htmlFor="mails-state" style={{ fontWeight: 600, fontSize: 14, marginRight: 8 }}>
            {texts.filter}
          </label>
          <select id="mails-state" value={state} onChange={(event) => setState(event.target.value)}>
            <option value="">{texts.all}</option>
            {Object.entries(texts.states).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          {problem ? (
            <Typography tag="p" textColor="danger600" role="alert">
              {problem}
            </Typography>
          ) : rows === null ? (
            <Typography tag="p">{texts.loading}</Typography>
          ) : rows.length === 0 ? (
            <Typography tag="p">{texts.empty}</Typography>
          ) : (
            <table style={tableStyle}>
              <caption style={{ textAlign: 'left', fontWeight: 600 }}>{texts.title}</caption>
              <thead>
                <tr>
                  {Object.values(texts.columns).map((label) => (
                    <th key={label} scope="col" style={cellStyle}>
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <td style={cellStyle}>{dateFormat.format(new Date(row.queuedAt))}</td>
                    <td style={cellStyle}>{row.to}</td>
                    <td style={cellStyle}>{row.subject}</td>
                    <td style={cellStyle}>
                      {texts.states[row.state] ?? row.state}
                      {row.lastError ? ` — ${texts.lastError} : ${row.lastError}` : ''}
                    </td>
                    <td style={cellStyle}>{row.attempts}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
}
