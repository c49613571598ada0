import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { PROJECT_ROOT } from '../config';
import { createSchema } from './build-schema';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema.graphql');

/** The SDL as committed in schema.graphql. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(await createSchema())}\n`;
}

if (require.main === module) {
  printedSchema()
    .then((sdl) => {
      fs.writeFileSync(SCHEMA_FILE, sdl);
      console.log(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
