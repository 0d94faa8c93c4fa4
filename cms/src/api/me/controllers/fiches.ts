/**
 * The member's fiches: thin handlers over services/fiches.ts. Input is parsed with the shared
 * schema; the author is always the caller; someone else's fiche is a 404.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { refuseInvalid } from '../../../utils/validation';
import { FICHE_MAX_IMAGE_BYTES, FICHE_MAX_IMAGES, ficheIntentSchema, ficheSchema, messages, z } from '@aec/config';
import { discard, reencodeImageInLine } from '../../../uploads/member-image';
import { callerGone } from '../../../utils/line';
import { serviceOf } from '../../../db';

type MeContext = Context & { state: { user?: { id: number; email: string } }; params: { id?: string } };

const listQuery = z.object({
  rubrique: z.string().max(120).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
const writeBody = z.object({ data: z.unknown(), intent: ficheIntentSchema.default('brouillon') });

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => serviceOf(strapi, 'api::me.fiches');
  const me = (ctx: MeContext) => {
    if (!ctx.state.user) throw new errors.UnauthorizedError('Connexion requise');
    return ctx.state.user;
  };
  const parseWrite = (body: unknown) => {
    const outer = writeBody.safeParse(body ?? {});
    if (!outer.success) refuseInvalid(outer.error);
    const fiche = ficheSchema.safeParse(outer.data.data);
    if (!fiche.success) refuseInvalid(fiche.error);
    return { input: fiche.data, intent: outer.data.intent };
  };
  const unknownRubrique = () => {
    throw new errors.ValidationError('Rubrique inconnue', {
      reason: 'invalid',
      fields: { rubrique: [messages.fiche.rubriqueRequired] },
    });
  };

  return {
    async list(ctx: MeContext) {
      const query = listQuery.safeParse(ctx.query);
      if (!query.success) refuseInvalid(query.error);
      ctx.body = await service().list(me(ctx), query.data);
    },

    async findOne(ctx: MeContext) {
      const fiche = await service().findOne(me(ctx), String(ctx.params.id));
      if (!fiche) return ctx.notFound('Fiche introuvable');
      ctx.body = { data: fiche };
    },

    async create(ctx: MeContext) {
      const { input, intent } = parseWrite(ctx.request.body);
      const fiche = await service().create(me(ctx), input, intent);
      if (fiche === 'unknown-rubrique') return unknownRubrique();
      ctx.status = 201;
      ctx.body = { data: fiche };
    },

    async update(ctx: MeContext) {
      const { input, intent } = parseWrite(ctx.request.body);
      const fiche = await service().update(me(ctx), String(ctx.params.id), input, intent);
      if (fiche === 'unknown-rubrique') return unknownRubrique();
      if (!fiche) return ctx.notFound('Fiche introuvable');
      ctx.body = { data: fiche };
    },

    /**
     * multipart: `image` and `alt`. The file is decoded and re-encoded here (uploads/member-image.ts):
     * what is stored is a picture we wrote, under a name and extension we chose.
     */
    async addImage(ctx: MeContext) {
      const user = me(ctx);
      const files = ctx.request.files ?? {};
      const file = Array.isArray(files.image) ? files.image[0] : files.image;
      const alt = z
        .string()
        .trim()
        .min(1)
        .max(300)
        .safeParse((ctx.request.body as { alt?: unknown } | undefined)?.alt);
      const fail = (field: 'image' | 'alt', message: string) => {
        throw new errors.ValidationError('Image refusée', { reason: 'invalid', fields: { [field]: [message] } });
      };
      if (!file) return fail('image', messages.fiche.imageRequired);
      if (file.size > FICHE_MAX_IMAGE_BYTES) return fail('image', messages.fiche.imageTooLarge);
      if (!alt.success) return fail('alt', messages.fiche.imageAltRequired);
      // Someone else's fiche, or a full one, costs no decoding.
      const room = await service().imageRoom(user, String(ctx.params.id));
      if (room === null) return ctx.notFound('Fiche introuvable');
      if (room === 'too-many') return fail('image', messages.fiche.tooManyImages(FICHE_MAX_IMAGES));
      const image = await reencodeImageInLine(file.filepath, () => callerGone(ctx));
      // The site gave up waiting: no one to answer.
      if (image === null) {
        ctx.respond = false;
        return;
      }
      if (image === 'not-an-image') return fail('image', messages.fiche.imageType);
      if (image === 'too-many-pixels') return fail('image', messages.fiche.imageTooManyPixels);
      try {
        const fiche = await service().addImage(user, String(ctx.params.id), image, alt.data);
        if (fiche === null) return ctx.notFound('Fiche introuvable');
        if (fiche === 'too-many') return fail('image', messages.fiche.tooManyImages(FICHE_MAX_IMAGES));
        ctx.body = { data: fiche };
      } finally {
        await discard(image.filepath);
      }
    },

    async remove(ctx: MeContext) {
      const removed = await service().remove(me(ctx), String(ctx.params.id));
      if (!removed) return ctx.notFound('Fiche introuvable');
      ctx.body = { ok: true };
    },
  };
};
