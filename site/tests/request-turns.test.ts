import { describe, expect, it } from 'vitest';
import { inTurns } from '../request-turns.mjs';

interface FakeRequest {
  index: number;
  socket: { destroyed: boolean };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function requests(count: number): FakeRequest[] {
  return Array.from({ length: count }, (_, index) => ({ index, socket: { destroyed: false } }));
}

describe('les demandes commencent quelques-unes par tour de boucle, dans leur ordre d’arrivée', () => {
  it('dix demandes arrivées ensemble commencent par quatre, quatre, puis deux', async () => {
    const started: number[] = [];
    const take = inTurns((request: FakeRequest) => started.push(request.index));
    for (const request of requests(10)) take(request, null);
    expect(started).toEqual([]);
    await nextTurn();
    expect(started).toEqual([0, 1, 2, 3]);
    await nextTurn();
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    await nextTurn();
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('une demande dont le visiteur est parti en attendant n’est pas servie', async () => {
    const started: number[] = [];
    const take = inTurns((request: FakeRequest) => started.push(request.index), 2);
    const [first, gone, third] = requests(3);
    gone!.socket.destroyed = true;
    for (const request of [first!, gone!, third!]) take(request, null);
    await nextTurn();
    expect(started).toEqual([0, 2]);
  });
});
