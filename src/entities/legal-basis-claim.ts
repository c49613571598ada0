import { ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';
import { FactRow } from './fact-row';

/** A lawful basis the policy says the controller relies on, in general (not tied to one purpose). */
@Entity('legal_basis_claim')
@ObjectType({ implements: Node, description: 'A lawful basis the policy says the controller relies on.' })
export class LegalBasisClaim extends FactRow implements Node {
  @Index()
  @Column('integer')
  legalBasisId: number;

  get nodeId(): string {
    return toGlobalId('LegalBasisClaim', this.nodeKey);
  }
}
