import type { Core } from '@strapi/strapi';
import {
  FICHE_MAX_IMAGES,
  memberFichePageSchema,
  memberFicheSchema,
  type FicheInput,
  type FicheState,
  type MemberFiche,
  type MemberFichePage,
} from '@aec/config';
import { blocks, blocksToSource } from '../../../utils/rich-text';
import { columnOf, idsLinkedTo, joinTableOf, listColumn, tableOf, uids } from '../../../db';
import type { ReencodedImage } from '../../../uploads/member-image';
import { deleteUnreferencedFiles } from '../../../uploads/orphans';

const PAGE_SIZE = 20;
/** Clears a field. Strapi's generated input types only know undefined ("leave as is"). */
const CLEARED = null as unknown as undefined;

interface Me {
  id: number;
  email: string;
}

type ReviewState = 'brouillon' | 'soumise' | 'renvoyee' | 'publiee';

/** A row of "Mes fiches" as its one query reads it. */
interface ListedRow {
  documentId: string;
  title: string;
  reviewState: ReviewState | null;
  createdAt: Date | string;
  updatedAt: Date | string;
  total: string | number;
  rubrique: Array<{ documentId: string; name: string; slug: string }>;
  publishedUpdatedAt: Date | string | null;
}

interface Media {
  id: number;
  url: string;
  alternativeText?: string | null;
}

/**
 * A member's own fiches. Every read and write is filtered on the author from the token; the
 * author, the moderation state and publication are set here, never taken from the request.
 * A fiche someone else wrote answers exactly like one that does not exist.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = () => strapi.documents(uids.fiche);

  async function ownDraft(user: Me, documentId: string) {
    return documents().findFirst({
      filters: { documentId, author: { id: user.id } },
      status: 'draft',
      populate: { rubrique: { fields: ['name', 'slug'] }, images: true },
    });
  }

  /** Room for one more picture in the member's own draft; null when it is not theirs. */
  async function imageRoom(user: Me, documentId: string): Promise<'room' | 'too-many' | null> {
    const draft = await ownDraft(user, documentId);
    if (!draft) return null;
    return (draft.images ?? []).length >= FICHE_MAX_IMAGES ? 'too-many' : 'room';
  }

  /**
   * Published-at times of the given documents, to tell "publiée" from "publiée avec modifications".
   * Reads here go through the query engine: the document service would wrap each in a
   * transaction, two more round trips to the database on every page of "Mes fiches".
   */
  async function publishedVersions(documentIds: string[]): Promise<Map<string, string>> {
    if (documentIds.length === 0) return new Map();
    const published = (await strapi.db.query(uids.fiche).findMany({
      where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } },
      select: ['documentId', 'updatedAt'],
    })) as Array<{ documentId: string; updatedAt: unknown }>;
    return new Map(published.map((version) => [version.documentId, String(version.updatedAt)]));
  }

  function stateOf(
    reviewState: ReviewState | null | undefined,
    draftUpdatedAt: string,
    publishedUpdatedAt: string | undefined,
  ): FicheState {
    if (publishedUpdatedAt)
      return new Date(draftUpdatedAt) > new Date(publishedUpdatedAt) ? 'publiee-modifiee' : 'publiee';
    // « Publiée » with no published version left: an editor unpublished it.
    return reviewState && reviewState !== 'publiee' ? reviewState : 'brouillon';
  }

  /** The author's name for the editors, and for the public only if the member agreed. */
  async function authorNames(user: Me): Promise<{ authorName: string; authorDisplayName: string | undefined }> {
    const profile = await strapi.db
      .query(uids.memberProfile)
      .findOne({ where: { user: user.id }, select: ['firstName', 'lastName', 'consentPublicName'] });
    const name = profile ? `${profile.firstName} ${profile.lastName}` : user.email;
    return { authorName: name, authorDisplayName: profile?.consentPublicName ? name : CLEARED };
  }

  async function rubriqueId(slugOrId: string): Promise<string | null> {
    const rubrique = await strapi.db
      .query(uids.rubrique)
      .findOne({ where: { $or: [{ documentId: slugOrId }, { slug: slugOrId }] }, select: ['documentId'] });
    return (rubrique?.documentId as string | undefined) ?? null;
  }

  function fields(input: FicheInput, intent: 'brouillon' | 'soumettre') {
    const body = blocks(input.text ?? '');
    return {
      title: input.title,
      body,
      eventDate: input.eventDate ?? CLEARED,
      place: input.place ?? CLEARED,
      period: input.period ?? CLEARED,
      reviewState: (intent === 'soumettre' ? 'soumise' : 'brouillon') as ReviewState,
      // The editors' comment belongs to the version it was about.
      moderationComment: intent === 'soumettre' ? CLEARED : undefined,
    };
  }

  function toMemberFiche(
    draft: NonNullable<Awaited<ReturnType<typeof ownDraft>>>,
    publishedAt: string | undefined,
  ): MemberFiche {
    const images = ((draft.images ?? []) as Media[]).map((image) => ({
      id: image.id,
      url: image.url,
      alt: image.alternativeText ?? '',
    }));
    return memberFicheSchema.parse({
      documentId: draft.documentId,
      title: draft.title,
      rubrique: draft.rubrique
        ? { documentId: draft.rubrique.documentId, name: draft.rubrique.name, slug: draft.rubrique.slug }
        : null,
      state: stateOf(draft.reviewState, String(draft.updatedAt), publishedAt),
      createdAt: String(draft.createdAt),
      updatedAt: String(draft.updatedAt),
      text: blocksToSource(draft.body),
      eventDate: draft.eventDate ? String(draft.eventDate) : null,
      place: draft.place || null,
      period: draft.period || null,
      moderationComment: draft.moderationComment || null,
      images,
    });
  }

  return {
    /**
     * "Voir et modifier mes fiches": newest first, by rubrique if asked, a page at a time. One
     * query for the page, its total, each fiche's rubrique and whether a published version
     * exists (and from when), where Strapi's query engine made four round trips of it.
     */
    async list(user: Me, options: { rubrique?: string; page: number }): Promise<MemberFichePage> {
      const knex = strapi.db.connection;
      const column = (field: string) => columnOf(strapi, uids.fiche, field);
      const table = tableOf(strapi, uids.fiche);
      const page = Math.max(1, options.page);
      // The member's drafts (every fiche has one, published or not), found by the author's link
      // and kept apart: sorted after, so that PostgreSQL never walks all the newest fiches for them.
      const mine = knex(`${table} as f`)
        .select(
          'f.id',
          ...(['documentId', 'title', 'reviewState', 'createdAt', 'updatedAt'] as const).map((field) =>
            knex.ref(`f.${column(field)}`).as(field),
          ),
        )
        .whereIn('f.id', idsLinkedTo(strapi, knex, uids.fiche, 'author', user.id))
        .whereNull(`f.${column('publishedAt')}`);
      if (options.rubrique) {
        const rubriques = knex(tableOf(strapi, uids.rubrique))
          .select('id')
          .where(columnOf(strapi, uids.rubrique, 'slug'), options.rubrique);
        const link = joinTableOf(strapi, uids.fiche, 'rubrique');
        mine.whereIn(
          'f.id',
          knex(link.name).select(link.joinColumn.name).whereIn(link.inverseJoinColumn.name, rubriques),
        );
      }
      const rows = (await knex
        .withMaterialized('mine', mine)
        .from('mine as m')
        .select(
          'm.documentId',
          'm.title',
          'm.reviewState',
          'm.createdAt',
          'm.updatedAt',
          knex.raw('(select count(*) from mine) as total'),
          listColumn(strapi, knex, { uid: uids.fiche, alias: 'm' }, 'rubrique', {
            uid: uids.rubrique,
            fields: ['documentId', 'name', 'slug'],
          }),
          knex(`${table} as v`)
            .select(`v.${column('updatedAt')}`)
            .whereRaw('v.?? = m.??', [column('documentId'), 'documentId'])
            .whereNotNull(`v.${column('publishedAt')}`)
            .limit(1)
            .as('publishedUpdatedAt'),
        )
        .orderBy([
          { column: 'm.createdAt', order: 'desc' },
          { column: 'm.id', order: 'desc' },
        ])
        .offset((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)) as ListedRow[];
      // A page past the end has no row to carry the total.
      const total = rows[0]
        ? Number(rows[0].total)
        : page > 1
          ? Number((await mine.clone().clearSelect().count({ n: '*' }))[0]?.n)
          : 0;
      const iso = (value: Date | string) => new Date(value).toISOString();
      return memberFichePageSchema.parse({
        data: rows.map((row) => {
          const rubrique = row.rubrique[0] ?? null;
          return {
            documentId: row.documentId,
            title: row.title,
            rubrique,
            state: stateOf(
              row.reviewState,
              iso(row.updatedAt),
              row.publishedUpdatedAt === null ? undefined : iso(row.publishedUpdatedAt),
            ),
            createdAt: iso(row.createdAt),
            updatedAt: iso(row.updatedAt),
          };
        }),
        meta: { page, pageSize: PAGE_SIZE, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) },
      });
    },

    async findOne(user: Me, documentId: string): Promise<MemberFiche | null> {
      const draft = await ownDraft(user, documentId);
      if (!draft) return null;
      const published = await publishedVersions([documentId]);
      return toMemberFiche(draft, published.get(documentId));
    },

    /** "Créer une fiche": always a draft of the member's own; submitting asks the editors to read it. */
    async create(
      user: Me,
      input: FicheInput,
      intent: 'brouillon' | 'soumettre',
    ): Promise<MemberFiche | 'unknown-rubrique'> {
      const rubrique = await rubriqueId(input.rubrique);
      if (!rubrique) return 'unknown-rubrique';
      const created = await documents().create({
        data: {
          ...fields(input, intent),
          rubrique,
          author: user.id,
          ...(await authorNames(user)),
        },
      });
      return (await this.findOne(user, created.documentId)) as MemberFiche;
    },

    /**
     * Updates the member's draft. A published fiche stays online as it was until an editor
     * publishes the new version. Images can only be kept, reordered or removed here: new ones
     * arrive through addImage, attached to this fiche.
     */
    async update(
      user: Me,
      documentId: string,
      input: FicheInput,
      intent: 'brouillon' | 'soumettre',
    ): Promise<MemberFiche | null | 'unknown-rubrique'> {
      const draft = await ownDraft(user, documentId);
      if (!draft) return null;
      const rubrique = await rubriqueId(input.rubrique);
      if (!rubrique) return 'unknown-rubrique';
      const attached = new Map(((draft.images ?? []) as Media[]).map((image) => [image.id, image]));
      const kept = input.images.filter((image) => attached.has(image.id));
      for (const image of kept) {
        if (attached.get(image.id)?.alternativeText !== image.alt) {
          await strapi.db.query(uids.file).update({ where: { id: image.id }, data: { alternativeText: image.alt } });
        }
      }
      await documents().update({
        documentId,
        data: {
          ...fields(input, intent),
          rubrique,
          images: kept.map((image) => image.id),
          ...(await authorNames(user)),
        },
      });
      return this.findOne(user, documentId);
    },

    /** Whether the member's draft may take one more picture: asked before decoding one. */
    imageRoom,

    /**
     * Adds one image, decoded and re-encoded by the controller, to the member's own fiche. The
     * count is read and the image attached under a lock on the draft: two uploads at once can
     * neither pass the limit nor lose each other, and a refused one leaves no file behind.
     */
    async addImage(user: Me, documentId: string, file: ReencodedImage, alt: string) {
      const room = await imageRoom(user, documentId);
      if (room !== 'room') return room === 'too-many' ? ('too-many' as const) : null;
      const [uploaded] = (await strapi
        .plugin('upload')
        .service('upload')
        .upload({
          data: { fileInfo: { alternativeText: alt, name: file.originalFilename } },
          files: { ...file, originalFilename: file.originalFilename },
        })) as Media[];
      if (!uploaded) throw new Error('upload failed');
      const attached = await strapi.db
        .transaction(async ({ trx }) => {
          const locked = strapi.db
            .connection(tableOf(strapi, uids.fiche))
            .transacting(trx)
            .where({ document_id: documentId });
          await locked.forUpdate().select('id');
          const current = await ownDraft(user, documentId);
          const existing = ((current?.images ?? []) as Media[]).map((image) => image.id);
          if (!current || existing.length >= FICHE_MAX_IMAGES) return false;
          await documents().update({ documentId, data: { images: [...existing, uploaded.id] } });
          return true;
        })
        .catch(async (error: unknown) => {
          await deleteUnreferencedFiles(strapi, [uploaded.id]);
          throw error;
        });
      if (!attached) {
        await deleteUnreferencedFiles(strapi, [uploaded.id]);
        return 'too-many' as const;
      }
      return this.findOne(user, documentId);
    },

    /** Deletes every version: a published fiche leaves the public site too. */
    async remove(user: Me, documentId: string): Promise<boolean> {
      const draft = await ownDraft(user, documentId);
      if (!draft) return false;
      await documents().delete({ documentId });
      return true;
    },
  };
};
