import { Field, ID, ObjectType } from 'type-graphql';
import { ApiKey } from '../entities/api-key';
import { Role } from './role';

/** Who is calling: the holder of the API key a request sent. Null on the context for an anonymous request. */
@ObjectType({ description: 'Who is calling: the API key sent as `Authorization: Bearer <key>`.' })
export class Viewer {
  @Field(() => Role, { description: 'What the key may do.' })
  role: Role;

  @Field(() => String, { description: 'Who holds the key, as the administrator named them.' })
  name: string;

  @Field(() => ID, { description: 'The id of the key (`npm run keys -- list`, `revoke <id>`).' })
  keyId: string;

  @Field(() => String, { description: 'The first characters of the key (`pgk_` and 8 more): not secret.' })
  keyPrefix: string;

  static of(apiKey: ApiKey): Viewer {
    return Object.assign(new Viewer(), {
      role: apiKey.role,
      name: apiKey.name,
      keyId: String(apiKey.id),
      keyPrefix: apiKey.prefix,
    });
  }
}
