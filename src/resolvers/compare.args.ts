import { ArrayMaxSize, ArrayMinSize, ArrayUnique, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class CompareArgs {
  @Field(() => [String], {
    description: 'Slugs of the controllers to compare, 1 to 20, each once; columns keep this order.',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @MaxLength(100, { each: true })
  controllers: string[];
}
