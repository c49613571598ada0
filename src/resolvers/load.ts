import DataLoader from 'dataloader';

/** Loads many keys through a loader, dropping misses and rethrowing the first error. Keeps the keys' order. */
export async function loadPresent<K, V>(loader: DataLoader<K, V | null>, keys: readonly K[]): Promise<V[]> {
  const results = await loader.loadMany(keys);
  const error = results.find((r): r is Error => r instanceof Error);
  if (error) throw error;
  return (results as (V | null)[]).filter((r): r is V => r !== null);
}
