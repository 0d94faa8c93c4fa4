/**
 * The admin panel in French for the association's volunteers and editors: French is offered,
 * and chosen for every demo account (each person can still switch in their profile).
 */
export default {
  config: {
    locales: ['fr'],
  },
  bootstrap() {},
};
