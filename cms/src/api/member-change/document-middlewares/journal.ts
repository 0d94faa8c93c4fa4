/**
 * The journal of a member's record: every create, update and delete of a member profile, a
 * second member or a dues payment is written down with who did it (the member, a volunteer
 * by name, or the system), when, and each field's value before and after. Secrets never
 * pass through these types. Written in the same transaction as the change itself.
 */
import type { Core } from '@strapi/strapi';
import { formatEuros, parseDateFr, shortDateFr } from '@aec/config';
import { enumLabel } from '../../../admin/enum-labels.fr';
import { ADMIN_LABELS } from '../../../bootstrap/admin-labels.fr';
import { uids } from '../../../db';

type Subject = 'fiche-membre' | 'deuxieme-adherent' | 'cotisation' | 'reglages';

/** What is followed, per type; the address is compared as a whole. */
const TRACKED: Record<string, { subject: Subject; fields: string[]; populate?: Record<string, unknown> }> = {
  [uids.memberProfile]: {
    subject: 'fiche-membre',
    fields: [
      'civility',
      'firstName',
      'lastName',
      'phone',
      'mobilePhone',
      'honorary',
      'dueDateOverride',
      'importedDueDate',
      'accountBlocked',
      'consentPublicName',
      'consentNewsletter',
      'address',
    ],
    populate: { address: true },
  },
  [uids.secondMember]: {
    subject: 'deuxieme-adherent',
    fields: ['civility', 'firstName', 'lastName', 'email', 'phone'],
    populate: { profile: { select: ['id'] } },
  },
  [uids.duesPayment]: {
    subject: 'cotisation',
    fields: ['periodStart', 'periodEnd', 'amountCents', 'method', 'state', 'receivedOn'],
    populate: { profile: { select: ['id'] } },
  },
  [uids.associationSetting]: {
    subject: 'reglages',
    fields: [
      'associationName',
      'shortName',
      'foundedIn',
      'tagline',
      'contactEmail',
      'officeAddressLines',
      'officePostalCode',
      'officeCity',
      'individualCents',
      'coupleCents',
      'otherDues',
      'amountsAreExample',
      'periodRule',
      'bankHolder',
      'iban',
      'bic',
      'bankName',
      'bankIsExample',
      'chequeAddressLines',
      'chequePostalCode',
      'chequeCity',
      'membershipEmail',
      'reminderSteps',
    ],
    populate: { otherDues: true, reminderSteps: true },
  },
};

type Row = Record<string, unknown> & { id?: number; profile?: { id?: number } | null };

function shown(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.map(shown).filter(Boolean).join(' ; ') || null;
  if (typeof value === 'object') {
    const { id: _id, __component: _c, ...rest } = value as Record<string, unknown>;
    return Object.values(rest)
      .filter((part) => part !== null && part !== undefined && part !== '')
      .join(', ');
  }
  return String(value);
}

type Change = { field: string; before: string | null; after: string | null };

/** A value as a volunteer reads it: « 40,00 € », « 14/05/2026 », « Oui », « Confirmé », « — ». */
function readable(inEuros: boolean, value: string | null): string {
  if (value === null) return '—';
  if (inEuros && /^\d+$/.test(value)) return formatEuros(Number(value));
  if (value === 'true' || value === 'false') return value === 'true' ? 'Oui' : 'Non';
  if (parseDateFr(value) === value) return shortDateFr(value);
  return enumLabel(value);
}

/** « État : Déclaré → Confirmé ; Reçu le : — → 14/05/2026 », what the journal's list shows. */
export function describeChanges(strapi: Core.Strapi, uid: string, changes: Change[]): string {
  const labels = ADMIN_LABELS[uid] ?? {};
  const model = strapi.contentTypes[uid as never] as
    { attributes: Record<string, { customField?: string }> } | undefined;
  const attributes = model?.attributes;
  // An amount is one the schema keeps in euros (plugins/french-inputs), not a name we list here.
  const inEuros = (field: string) => attributes?.[field]?.customField === 'plugin::french-inputs.euros';
  return changes
    .map(({ field, before, after }) => {
      const label = (labels[field] ?? field).replace(/\s*\(.*\)$/, '');
      return `${label} : ${readable(inEuros(field), before)} → ${readable(inEuros(field), after)}`;
    })
    .join(' ; ');
}

/** Who is acting: from the request (admin panel or member's token), else the system (tasks, start-up). */
export function actorOf(strapi: Core.Strapi): { actor: 'membre' | 'benevole' | 'systeme'; actorLabel: string } {
  const ctx = strapi.requestContext.get() as
    { state?: { auth?: { strategy?: { name?: string } }; user?: Record<string, unknown> } } | undefined;
  const strategy = ctx?.state?.auth?.strategy?.name;
  const user = ctx?.state?.user;
  if (strategy === 'admin' && user) {
    const name = [user.firstname, user.lastname].filter(Boolean).join(' ');
    return { actor: 'benevole', actorLabel: name ? `${name} (${String(user.email)})` : String(user.email) };
  }
  if (strategy === 'users-permissions' && user) return { actor: 'membre', actorLabel: 'le membre' };
  return { actor: 'systeme', actorLabel: 'le système' };
}

export function registerJournal(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const tracked = TRACKED[context.uid];
    if (!tracked || !['create', 'update', 'delete'].includes(context.action)) return next();
    const params = context.params as { documentId?: string };
    const load = async (documentId: string): Promise<Row | null> =>
      (await strapi.db.query(context.uid).findOne({ where: { documentId }, populate: tracked.populate })) as Row | null;

    // The change and its entry in one transaction, which the document service joins: either both
    // are saved or neither (an edit in the admin whose entry failed would otherwise stay, untold).
    return strapi.db.transaction(async () => {
      const before = params.documentId && context.action !== 'create' ? await load(params.documentId) : null;
      const result = await next();
      const documentId = (result as { documentId?: string } | null)?.documentId;
      const after = context.action === 'delete' ? null : documentId ? await load(documentId) : null;

      // A deleted member record leaves no link to erase later: its values are not copied here.
      const erasesPerson = context.action === 'delete' && context.uid === uids.memberProfile;
      const changes = tracked.fields.flatMap((field) => {
        const old = shown(before?.[field]);
        const now = shown(after?.[field]);
        if (old === now) return [];
        return [erasesPerson ? { field, before: null, after: null } : { field, before: old, after: now }];
      });
      if (changes.length === 0) return result;
      // A deleted record has no profile left to point at.
      const profileId = context.uid === uids.memberProfile ? after?.id : (after?.profile?.id ?? before?.profile?.id);
      await strapi.db.query(uids.memberChange).create({
        data: {
          ...(profileId ? { profile: profileId } : {}),
          at: new Date(),
          ...actorOf(strapi),
          subject: tracked.subject,
          action:
            context.action === 'create' ? 'creation' : context.action === 'delete' ? 'suppression' : 'modification',
          changes,
          summary: describeChanges(strapi, context.uid, changes),
        },
      });
      return result;
    });
  });
}
