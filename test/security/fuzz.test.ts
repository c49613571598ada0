import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { fuzz } from '../../scripts/fuzz';
import { randomOperation } from '../../scripts/random-operations';

const schema = buildSchema(fs.readFileSync(path.join(__dirname, '../../schema.graphql'), 'utf8'));

describe('schema-driven fuzzing', () => {
  it('generates valid, reproducible operations', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const operation = randomOperation(schema, seed);
      expect(validate(schema, parse(operation)).map((e) => `seed ${seed}: ${e.message}`)).toEqual([]);
    }
    expect(randomOperation(schema, 7)).toBe(randomOperation(schema, 7));
  });

  it('finds no internal error, 5xx or non-JSON answer in 300 random requests, variables mutated (npm run fuzz runs more)', async () => {
    const { failures, codes } = await fuzz(300);
    expect(failures).toEqual([]);
    // Many execute; many others are refused for their variables, as graphql-js refuses them, or (a root field for
    // curators or admins, such as auditLog or ingestions, and every mutation, sent without a key) as UNAUTHENTICATED.
    expect(codes.OK).toBeGreaterThan(20);
    expect(codes.UNAUTHENTICATED).toBeGreaterThan(0);
    expect(codes.BAD_USER_INPUT).toBeGreaterThan(30);
  }, 120_000);
});
