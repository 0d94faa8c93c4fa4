/**
 * "Export et import des membres": a page of the admin panel for volunteers. Export: tick the
 * columns, choose which members, download. Import: choose the file, check it (dry run, with the
 * report line by line), then import it and watch the progress. Plain form controls with their
 * labels, so that keyboard and screen reader users work here as everywhere else.
 */
import * as React from 'react';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import type { ImportPreview as Preview, ImportProgress as Progress } from '@aec/config';
import { texts } from './texts.fr';

interface Column {
  key: string;
  header: string;
  importable: boolean;
}
const DEFAULT_COLUMNS = [
  'membershipNumber',
  'civility',
  'firstName',
  'lastName',
  'email',
  'line1',
  'line2',
  'line3',
  'postalCode',
  'city',
  'country',
  'status',
];
const SHOWN_PROBLEMS = 200;

const sectionStyle: React.CSSProperties = { border: 0, padding: 0, margin: '0 0 16px 0' };
const legendStyle: React.CSSProperties = { fontWeight: 600, marginBottom: 8, fontSize: 14 };
const controlStyle: React.CSSProperties = {
  display: 'flex',
  gap: 8,
  alignItems: 'center',
  padding: '4px 0',
  fontSize: 14,
};
const tableStyle: React.CSSProperties = { borderCollapse: 'collapse', width: '100%', fontSize: 14, marginTop: 8 };
const cellStyle: React.CSSProperties = { borderBottom: '1px solid #dcdce4', padding: '6px 8px', textAlign: 'left' };

/** The HTTP status of a failed call of the admin's fetch client. */
function statusOf(error: unknown): number | undefined {
  const failed = error as { status?: number; response?: { status?: number } };
  return failed?.status ?? failed?.response?.status;
}

function messageOf(error: unknown): string {
  const data = (error as { response?: { data?: { error?: { message?: string } } } })?.response?.data;
  return data?.error?.message ?? texts.error;
}

type Status = { kind: 'ok' | 'error'; text: string };

/**
 * Fetches a file from the server and saves it under the name the server gave; says how many
 * lines it held (the count header), or why it failed.
 */
function useDownload() {
  const { get } = useFetchClient();
  const [busy, setBusy] = React.useState(false);
  const [status, setStatus] = React.useState<Status | null>(null);

  async function download(path: string, fallback: string, countHeader: string, said: (count: number) => string) {
    setBusy(true);
    setStatus(null);
    try {
      const response = await get<Blob>(path, { responseType: 'blob' });
      const disposition = response.headers?.get?.('Content-Disposition') ?? '';
      const url = URL.createObjectURL(response.data);
      const link = document.createElement('a');
      link.href = url;
      link.download = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallback;
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
      const count = Number(response.headers?.get?.(countHeader) ?? NaN);
      setStatus({ kind: 'ok', text: Number.isNaN(count) ? texts.downloadedPlain : said(count) });
    } catch (error) {
      setStatus({ kind: 'error', text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  }
  return { busy, status, setStatus, download };
}

function StatusLine({ status }: { status: Status | null }) {
  return (
    <div role={status?.kind === 'error' ? 'alert' : 'status'} style={{ marginTop: 12, fontSize: 14 }}>
      {status ? (status.kind === 'error' ? `Erreur : ${status.text}` : status.text) : null}
    </div>
  );
}

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  const id = React.useId();
  return (
    <Box
      tag="section"
      aria-labelledby={id}
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      padding={6}
      marginBottom={6}
    >
      <Typography tag="h2" variant="delta" id={id}>
        {title}
      </Typography>
      <Box paddingTop={4}>{children}</Box>
    </Box>
  );
}

function ExportPanel({ columns }: { columns: Column[] }) {
  const [chosen, setChosen] = React.useState<string[]>(DEFAULT_COLUMNS);
  const [audience, setAudience] = React.useState('tous');
  const { busy, status, setStatus, download } = useDownload();

  const toggle = (key: string) =>
    setChosen((current) => (current.includes(key) ? current.filter((k) => k !== key) : [...current, key]));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (chosen.length === 0) return setStatus({ kind: 'error', text: texts.noColumn });
    void download(
      `/members-csv/export?columns=${encodeURIComponent(chosen.join(','))}&audience=${audience}`,
      'membres.csv',
      'X-Members-Count',
      texts.downloaded,
    );
  }

  return (
    <Panel title={texts.exportTitle}>
      <form onSubmit={submit}>
        <Typography tag="p" variant="omega">
          {texts.exportHelp}
        </Typography>
        <Flex gap={10} alignItems="flex-start" paddingTop={4} wrap="wrap">
          <fieldset style={{ ...sectionStyle, columns: '3 13rem', minWidth: '40rem' }}>
            <legend style={legendStyle}>{texts.columnsLegend}</legend>
            {columns.map((column) => (
              <label key={column.key} style={controlStyle}>
                <input
                  type="checkbox"
                  name="columns"
                  value={column.key}
                  checked={chosen.includes(column.key)}
                  onChange={() => toggle(column.key)}
                />
                {column.header}
              </label>
            ))}
          </fieldset>
          <fieldset style={sectionStyle}>
            <legend style={legendStyle}>{texts.audienceLegend}</legend>
            {Object.entries(texts.audiences).map(([value, label]) => (
              <label key={value} style={controlStyle}>
                <input
                  type="radio"
                  name="audience"
                  value={value}
                  checked={audience === value}
                  onChange={() => setAudience(value)}
                />
                {label}
              </label>
            ))}
          </fieldset>
        </Flex>
        <Button type="submit" loading={busy}>
          {busy ? texts.downloading : texts.download}
        </Button>
        <StatusLine status={status} />
      </form>
    </Panel>
  );
}

function PaymentsPanel() {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = React.useState(thisYear);
  const { busy, status, download } = useDownload();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    void download(
      `/members-csv/payments?year=${year}`,
      `paiements-${year}.csv`,
      'X-Payments-Count',
      texts.paymentsDownloaded,
    );
  }

  return (
    <Panel title={texts.paymentsTitle}>
      <form onSubmit={submit}>
        <Typography tag="p" variant="omega">
          {texts.paymentsHelp}
        </Typography>
        <label style={{ ...controlStyle, padding: '16px 0' }}>
          {texts.yearLabel}
          <select value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {[0, 1, 2, 3, 4].map((back) => (
              <option key={back} value={thisYear - back}>
                {thisYear - back}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" loading={busy}>
          {busy ? texts.downloading : texts.paymentsDownload}
        </Button>
        <StatusLine status={status} />
      </form>
    </Panel>
  );
}

function Report({ preview }: { preview: Preview }) {
  const rejected = new Set(preview.problems.map((p) => p.line)).size;
  return (
    <Box paddingTop={4}>
      <Typography tag="p" variant="omega" fontWeight="bold">
        {texts.summary({ lines: preview.lines, toCreate: preview.toCreate, skipped: preview.skipped.length, rejected })}
      </Typography>
      {preview.ignoredColumns.length > 0 ? (
        <Typography tag="p" variant="omega">
          {texts.ignoredColumns(preview.ignoredColumns)}
        </Typography>
      ) : null}
      {preview.problems.length > 0 ? (
        <table style={tableStyle}>
          <caption style={{ textAlign: 'left', fontWeight: 600 }}>{texts.problemsCaption}</caption>
          <thead>
            <tr>
              <th scope="col" style={cellStyle}>
                {texts.line}
              </th>
              <th scope="col" style={cellStyle}>
                {texts.column}
              </th>
              <th scope="col" style={cellStyle}>
                {texts.reason}
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
              <tr key={`${problem.line}-${i}`}>
                <td style={cellStyle}>{problem.line}</td>
                <td style={cellStyle}>{problem.column ?? texts.wholeLine}</td>
                <td style={cellStyle}>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {preview.problems.length > SHOWN_PROBLEMS ? (
        <Typography tag="p" variant="omega">
          {texts.problemsMore(preview.problems.length - SHOWN_PROBLEMS)}
        </Typography>
      ) : null}
      {preview.skipped.length > 0 ? (
        <details style={{ marginTop: 12, fontSize: 14 }}>
          <summary>{texts.skippedCaption}</summary>
          <ul>
            {preview.skipped.slice(0, SHOWN_PROBLEMS).map((row) => (
              <li key={row.line}>
                {texts.line} {row.line} : {row.email}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Box>
  );
}

function ImportPanel() {
  const { get, post } = useFetchClient();
  const [file, setFile] = React.useState<File | null>(null);
  const [welcome, setWelcome] = React.useState(true);
  const [preview, setPreview] = React.useState<Preview | null>(null);
  const [progress, setProgress] = React.useState<Progress | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);

  const form = () => {
    const data = new FormData();
    data.append('file', file as File);
    data.append('welcomeMails', String(welcome));
    return data;
  };

  async function check(event: React.FormEvent) {
    event.preventDefault();
    if (!file) return setError(texts.noFile);
    setBusy(true);
    setError(null);
    setProgress(null);
    try {
      const { data } = await post<Preview>('/members-csv/import/check', form());
      setPreview(data);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  async function run() {
    setBusy(true);
    setError(null);
    try {
      const { data } = await post<{ id: number; preview: Preview }>('/members-csv/import', form());
      setPreview(data.preview);
      for (;;) {
        const { data: current } = await get<Progress>(`/members-csv/import/${data.id}`);
        setProgress(current);
        // Then the "première connexion" mails, which leave one by one after the import.
        if (current.state === 'echec' || (current.state === 'termine' && current.mailsPending === 0)) break;
        await new Promise((resolve) => setTimeout(resolve, 700));
      }
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Panel title={texts.importTitle}>
      <form onSubmit={check}>
        <Typography tag="p" variant="omega">
          {texts.importHelp}
        </Typography>
        <Box paddingTop={4} paddingBottom={2}>
          <label htmlFor="members-csv-file" style={legendStyle}>
            {texts.fileLabel}
          </label>
          <div>
            <input
              id="members-csv-file"
              type="file"
              name="file"
              accept=".csv,text/csv"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setPreview(null);
                setProgress(null);
              }}
            />
          </div>
        </Box>
        <label style={controlStyle}>
          <input type="checkbox" checked={welcome} onChange={() => setWelcome((value) => !value)} />
          {texts.welcomeLabel}
        </label>
        <Flex gap={2} paddingTop={4}>
          <Button type="submit" variant="secondary" loading={busy && !progress}>
            {texts.check}
          </Button>
          {preview && preview.toCreate > 0 && !progress ? (
            <Button type="button" onClick={run} loading={busy}>
              {texts.run(preview.toCreate)}
            </Button>
          ) : null}
        </Flex>
      </form>
      <div role="alert" style={{ marginTop: 12, fontSize: 14 }}>
        {error ? `Erreur : ${error}` : null}
      </div>
      {progress ? (
        <Box paddingTop={4}>
          <label htmlFor="members-csv-progress" style={legendStyle}>
            {texts.progressLabel}
          </label>
          <div>
            <progress
              id="members-csv-progress"
              max={Math.max(1, progress.total)}
              value={progress.done}
              style={{ width: '100%', height: 16 }}
            />
          </div>
          <div role="status" style={{ fontSize: 14 }}>
            {progress.state === 'en_cours'
              ? texts.running(progress.done, progress.total)
              : progress.state === 'echec'
                ? texts.failed
                : `${texts.finished(progress.created)} ${
                    welcome ? texts.mails(progress.mailsSent, progress.mailsPending) : ''
                  }`}
          </div>
        </Box>
      ) : null}
      {preview ? <Report preview={preview} /> : null}
    </Panel>
  );
}

export default function MembersCsvPage() {
  const { get } = useFetchClient();
  const [columns, setColumns] = React.useState<Column[] | null>(null);
  const [failed, setFailed] = React.useState<string | null>(null);
  React.useEffect(() => {
    get<{ columns: Column[] }>('/members-csv/options')
      .then(({ data }) => setColumns(data.columns))
      // An Éditeur who types the page's address: told plainly, not « the server could not answer ».
      .catch((error: unknown) => setFailed(statusOf(error) === 403 ? texts.forbidden : texts.error));
    // Once, when the page opens.
  }, []);

  return (
    <Page.Main>
      <Page.Title>{texts.title}</Page.Title>
      <Layouts.Header title={texts.title} subtitle={texts.subtitle} />
      <Layouts.Content>
        {failed ? (
          <div role="alert">{failed}</div>
        ) : columns ? (
          <>
            <ExportPanel columns={columns} />
            <PaymentsPanel />
            <ImportPanel />
          </>
        ) : (
          <Page.Loading />
        )}
      </Layouts.Content>
    </Page.Main>
  );
}
