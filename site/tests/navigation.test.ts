import { describe, expect, it } from 'vitest';
import { navigationTree } from '../src/lib/domain/navigation';

const page = (slug: string, parent?: string) => ({
  title: slug.toUpperCase(),
  slug,
  navigationParent: parent ? { slug: parent } : null,
});

describe('Le menu des éditeurs', () => {
  it('garde l’ordre choisi et range une page sous sa page parente', () => {
    const tree = navigationTree([page('association'), page('colloques', 'association'), page('bibliotheque')]);
    expect(tree).toEqual([
      { title: 'ASSOCIATION', slug: 'association', children: [{ title: 'COLLOQUES', slug: 'colloques' }] },
      { title: 'BIBLIOTHEQUE', slug: 'bibliotheque', children: [] },
    ]);
  });

  it('ne descend que d’un niveau : une sous-sous-page remonte au premier niveau', () => {
    const tree = navigationTree([page('a'), page('b', 'a'), page('c', 'b')]);
    expect(tree.map((entry) => entry.slug)).toEqual(['a', 'c']);
    expect(tree[0]?.children.map((child) => child.slug)).toEqual(['b']);
  });

  it('ne perd pas une page dont la parente n’est pas dans le menu', () => {
    expect(navigationTree([page('orpheline', 'absente')]).map((entry) => entry.slug)).toEqual(['orpheline']);
  });
});
