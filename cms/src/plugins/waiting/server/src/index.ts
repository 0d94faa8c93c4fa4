/**
 * « Ce qui vous attend », the admin's home page: for each person, the lines their role may read
 * (a Bénévole the transfers to confirm, the erasures and the members by dues state; an Éditeur
 * the fiches to review), each a count and a link to the list already filtered.
 */
import type { Core } from '@strapi/strapi';
import type { SummaryLine, WaitingSummary } from '@aec/config';
import {
  comingUp,
  membersByDuesState,
  membersOverYear,
  thingsToDo,
  type WaitingLine,
} from '../../../../admin-summary/waiting';
import type { AdminContext } from '../../../../utils/admin-route';

const READ = 'plugin::content-manager.explorer.read';

const controller = ({ strapi }: { strapi: Core.Strapi }) => ({
  async summary(ctx: AdminContext) {
    const may = (line: WaitingLine) => Boolean(ctx.state.userAbility?.can(READ, line.subject));
    const todo = (await thingsToDo(strapi)).filter(may);
    const readsMembers = Boolean(ctx.state.userAbility?.can(READ, 'api::member-profile.member-profile'));
    const members = readsMembers ? await membersByDuesState(strapi) : [];
    const months = readsMembers ? await membersOverYear(strapi) : [];
    const shown = (line: WaitingLine): SummaryLine => ({ count: line.count, text: line.text, path: line.path });
    const upcoming = await comingUp(strapi, (subject) => Boolean(ctx.state.userAbility?.can(READ, subject)));
    const data: WaitingSummary = {
      todo: todo.filter((line) => line.count > 0).map(shown),
      upcoming: upcoming.map(shown),
      members: members.map(shown),
      months,
    };
    ctx.body = { data };
  },
});

export default {
  controllers: { waiting: controller },
  routes: {
    admin: {
      type: 'admin',
      routes: [
        {
          method: 'GET',
          path: '/summary',
          handler: 'waiting.summary',
          config: { policies: ['admin::isAuthenticatedAdmin'] },
        },
      ],
    },
  },
};
