import { MemoryStore } from '../../../src/server/cache/memory-store';

describe('MemoryStore', () => {
  let now = 0;
  const clock = () => now;

  beforeEach(() => {
    now = 1_000;
  });

  it('returns a value within its ttl', async () => {
    const store = new MemoryStore(10, 1024, clock);
    await store.set('a', 'one', 100);
    now += 99;
    expect(await store.get('a')).toBe('one');
  });

  it('expires a value after its ttl', async () => {
    const store = new MemoryStore(10, 1024, clock);
    await store.set('a', 'one', 100);
    now += 100;
    expect(await store.get('a')).toBeUndefined();
  });

  it('evicts the least recently used entry', async () => {
    const store = new MemoryStore(2, 1024, clock);
    await store.set('a', 'one', 100);
    await store.set('b', 'two', 100);
    await store.get('a');
    await store.set('c', 'three', 100);
    expect(await store.get('a')).toBe('one');
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('c')).toBe('three');
  });

  it('evicts to stay under the byte bound', async () => {
    const store = new MemoryStore(10, 10, clock);
    await store.set('a', '12345', 100);
    await store.set('b', '123456', 100);
    expect(await store.get('a')).toBeUndefined();
    expect(await store.get('b')).toBe('123456');
  });

  it('counts bytes, not characters', async () => {
    // Each "é" is two bytes in UTF-8.
    const store = new MemoryStore(10, 10, clock);
    await store.set('a', 'éééééé', 100);
    expect(await store.get('a')).toBeUndefined();
  });

  it('replaces a value under the same key', async () => {
    const store = new MemoryStore(10, 10, clock);
    await store.set('a', '12345', 100);
    await store.set('a', '67890', 100);
    await store.set('b', '12345', 100);
    expect(await store.get('a')).toBe('67890');
    expect(await store.get('b')).toBe('12345');
  });
});
