/**
 * The side panel of a new « Paiement de cotisation »: once the member is chosen, the period that
 * follows their last and their dues fill the fields left empty (or still holding the previous
 * proposal), and the panel says what was proposed. What the treasurer types is never replaced.
 */
import { useEffect, useRef, useState } from 'react';
import { Typography } from '@strapi/design-system';
import { useFetchClient, useForm } from '@strapi/strapi/admin';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import type { ProposedPayment } from '@aec/config';
import { formatEuros } from '@aec/config/dues';
import { shortDateFr } from '@aec/config/dates';
import { texts } from './texts.fr';

const PAYMENT = 'api::dues-payment.dues-payment';

/** The member the form names: the relation field holds { connect: [{ documentId … }] } once chosen. */
function memberOf(value: unknown): string | null {
  if (!value || typeof value !== 'object') return null;
  const { connect } = value as { connect?: Array<{ documentId?: unknown; apiData?: { documentId?: unknown } }> };
  const first = Array.isArray(connect) ? connect[0] : undefined;
  const documentId = first?.documentId ?? first?.apiData?.documentId;
  return typeof documentId === 'string' ? documentId : null;
}

const FIELDS = ['periodStart', 'periodEnd', 'amountCents'] as const;

function Proposal() {
  const values = useForm('PaymentProposal', (state) => state.values) as Record<string, unknown>;
  const onChange = useForm('PaymentProposal', (state) => state.onChange);
  const { get } = useFetchClient();
  const member = memberOf(values.profile);
  const [state, setState] = useState<{ proposal: ProposedPayment | null; failed: boolean; loading: boolean }>({
    proposal: null,
    failed: false,
    loading: false,
  });
  // The values last proposed: a field still holding one may take the next member's.
  const applied = useRef<Partial<Record<(typeof FIELDS)[number], unknown>>>({});

  useEffect(() => {
    if (!member) return setState({ proposal: null, failed: false, loading: false });
    let live = true;
    setState((previous) => ({ ...previous, loading: true }));
    get<{ data: ProposedPayment }>(`/payments/proposal?member=${encodeURIComponent(member)}`)
      .then(({ data }) => live && setState({ proposal: data.data, failed: false, loading: false }))
      .catch(() => live && setState({ proposal: null, failed: true, loading: false }));
    return () => {
      live = false;
    };
  }, [member]);

  useEffect(() => {
    const { proposal } = state;
    if (!proposal) return;
    for (const field of FIELDS) {
      const current = values[field];
      const untouched =
        current === null || current === undefined || current === '' || current === applied.current[field];
      if (!untouched) continue;
      onChange(field, proposal[field]);
      applied.current[field] = proposal[field];
    }
    // Only when a new proposal arrives.
  }, [state.proposal]);

  const { proposal, failed, loading } = state;
  const text = !member
    ? texts.chooseMember
    : loading
      ? texts.loading
      : proposal
        ? texts.proposed(
            `${shortDateFr(proposal.periodStart)} au ${shortDateFr(proposal.periodEnd)}`,
            formatEuros(proposal.amountCents),
            proposal.couple,
          )
        : failed
          ? texts.unavailable
          : '';
  return (
    <Typography variant="omega" textColor="neutral800" aria-live="polite">
      {text}
    </Typography>
  );
}

export const PaymentProposalPanel: PanelComponent = ({ model, documentId }: PanelComponentProps) =>
  model === PAYMENT && !documentId ? { title: texts.title, content: <Proposal /> } : null;
