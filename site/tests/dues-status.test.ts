import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import DuesStatus from '../src/components/member/DuesStatus.astro';

async function render(status: object): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(DuesStatus, { props: { status } });
}

describe('Cotisation, sur Mon compte', () => {
  it('un membre dont l’échéance est dépassée la voit en rouge, et le lit en toutes lettres', async () => {
    const html = await render({ kind: 'overdue', dueDate: '2026-03-03', declaredPending: false });
    expect(html).toContain('dues-overdue');
    expect(html).toContain('Échéance dépassée depuis le 3 mars 2026');
  });

  it('un membre à jour voit sa prochaine échéance', async () => {
    const html = await render({ kind: 'up-to-date', dueDate: '2026-12-31', declaredPending: false });
    expect(html).toContain('dues-ok');
    expect(html).toContain('À jour — prochaine échéance le 31 décembre 2026');
  });

  it('un virement déclaré en attente d’un bénévole est dit comme tel', async () => {
    const html = await render({ kind: 'overdue', dueDate: '2025-12-31', declaredPending: true });
    expect(html).toContain('en attente de confirmation par un bénévole');
  });
});
