import { FactKind, ProcessorEngagement } from '../../entities';
import { ProcessorFacts } from '../../policy/fact-file';
import { FactKindModule, linksOf, rowsById } from './fact-kind';

/** A named vendor and how it takes part (processor, data source, system), with the data the text says it gets. */
export const processorEngagementKind: FactKindModule<ProcessorFacts> = {
  field: 'processors',
  kind: FactKind.PROCESSOR_ENGAGEMENT,
  typeName: 'ProcessorEngagement',
  entity: ProcessorEngagement,
  inputClass: ProcessorFacts,
  many: true,
  key: (e) => `processor:${e.processor}:${e.role}`,
  write({ writer, terms, controllerId, controllerSlug }, { id, nodeKey }, e) {
    writer.insert(ProcessorEngagement, {
      id,
      nodeKey,
      controllerId,
      controllerSlug,
      processorId: terms.id('processors', e.processor),
      role: e.role,
      service: e.service ?? null,
    });
    for (const code of new Set(e.dataCategories ?? []))
      writer.link('processor_engagement_data_category', {
        engagementId: id,
        dataCategoryId: terms.id('dataCategories', code),
      });
  },
  async read({ manager, terms }, ids) {
    // One statement after the other: inside a write transaction they share one connection.
    const rows = await rowsById(manager, ProcessorEngagement, ids);
    const categories = await linksOf(
      manager,
      { table: 'processor_engagement_data_category', key: 'engagementId', value: 'dataCategoryId' },
      ids,
    );
    return new Map(
      [...rows].map(([id, r]) => [
        id,
        Object.assign(new ProcessorFacts(), {
          processor: terms.code('processors', r.processorId),
          role: r.role,
          service: r.service,
          dataCategories: (categories.get(id) ?? []).map((c) => terms.code('dataCategories', c)),
          evidence: [],
        }),
      ]),
    );
  },
};
