import 'reflect-metadata';
import { IngestError } from '../ingest';
import { ExtractTask, ParseTask, runReadTask } from './read-policy';

/**
 * A thread of the reader pool (piscina): runs one step of reading a policy. An IngestError crosses the thread
 * boundary as a plain object (structured clone keeps no classes), which the pool turns back into one.
 */
export default async function readWorker(task: ParseTask | ExtractTask) {
  try {
    return { ok: true, value: await runReadTask(task) };
  } catch (error) {
    if (error instanceof IngestError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}
