import fs from 'node:fs';
import { printedSchema, SCHEMA_FILE } from '../../src/schema/print-schema';

describe('schema.graphql', () => {
  it('is the schema the code builds (run `npm run schema:print` after changing the API)', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printedSchema());
  });

  it('describes every type, field, argument and enum value', async () => {
    const { buildSchema, isObjectType, isInterfaceType, isInputObjectType, isEnumType } = await import('graphql');
    const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
