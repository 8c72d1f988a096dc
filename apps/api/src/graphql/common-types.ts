/**
 * GraphQL types several modules share. They live below the modules so that no module reaches
 * into another for them.
 */
import { LANGUAGES } from '@anju/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from './enums.js';

export const JudgementEnum = enumOf(['MET', 'MISSED', 'NO_DATA', 'NO_TARGET'] as const);
registerEnumType(JudgementEnum, { name: 'Judgement', description: 'A value against its target.' });
export type Judgement = keyof typeof JudgementEnum;

export const LanguageEnum = enumOf(LANGUAGES);
registerEnumType(LanguageEnum, {
  name: 'Language',
  description: 'The language of a generated file: its sheets, headers, notes and file name.',
  valuesConfig: {
    ZH: { description: 'Simplified Chinese (the default).' },
    EN: { description: 'English.' },
  },
});

@ObjectType({
  description: 'A stored file: GET /files/{id} with the bearer token serves it (404 to anyone else).',
})
export class FileRef {
  @Field(() => ID, { description: 'File id, for GET /files/{id}.' })
  id!: string;

  @Field(() => String, { description: 'Suggested file name.' })
  name!: string;

  @Field(() => String, { description: 'MIME type, decided from the bytes.' })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  size!: number;
}

@ObjectType({ description: 'A person named on a record (auditor, assignee): id and display name only.' })
export class UserRef {
  @Field(() => ID, { description: 'User id.' })
  id!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;
}
