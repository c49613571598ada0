import { DocumentNode, getNamedType, GraphQLSchema, isObjectType, TypeInfo, visit, visitWithTypeInfo } from 'graphql';

/**
 * The fields an operation document selects, by the type they are selected on (`Purpose` → `name`, `retention`, ...):
 * every operation and fragment of the document, whichever runs (a superset of what the running operation asks for).
 * Fields selected on an interface (`... on Node { id }`) count for every object type that implements it.
 * Loaders read it to leave out the columns no selected field needs (see shownColumns).
 */
export class SelectedFields {
  private readonly byType = new Map<string, Set<string>>();

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
  ) {
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field: (node) => {
          const parent = typeInfo.getParentType();
          if (!parent) return;
          let fields = this.byType.get(parent.name);
          if (!fields) this.byType.set(parent.name, (fields = new Set()));
          fields.add(node.name.value);
        },
      }),
    );
  }

  /** Whether any of `fields` is selected on the object type `typeName` or on an interface it implements. */
  selectsAny(typeName: string, fields: readonly string[]): boolean {
    const type = this.schema.getType(typeName);
    const names = [typeName, ...(isObjectType(type) ? type.getInterfaces().map((i) => getNamedType(i).name) : [])];
    return names.some((name) => fields.some((field) => this.byType.get(name)?.has(field)));
  }
}
