import { describe, expect, it } from 'vitest';
import { srcset } from '../src/lib/domain/responsive-image';

const photo = {
  url: '/uploads/assiette.jpg',
  width: 1600,
  height: 1200,
  formats: {
    thumbnail: { url: '/uploads/thumbnail_assiette.jpg', width: 208, height: 156 },
    small: { url: '/uploads/small_assiette.jpg', width: 500, height: 375 },
    medium: { url: '/uploads/medium_assiette.jpg', width: 750, height: 563 },
    large: { url: '/uploads/large_assiette.jpg', width: 1000, height: 750 },
  },
};

describe('les images responsives', () => {
  it('propose les copies de lecture et l’original, de la plus légère à la plus lourde, sans la vignette', () => {
    expect(srcset(photo)).toBe(
      '/uploads/small_assiette.jpg 500w, /uploads/medium_assiette.jpg 750w, /uploads/large_assiette.jpg 1000w, /uploads/assiette.jpg 1600w',
    );
  });

  it('une petite image sans copie n’a pas de srcset', () => {
    expect(srcset({ url: '/uploads/marque.png', width: 300, height: 200, formats: null })).toBeUndefined();
  });
});
