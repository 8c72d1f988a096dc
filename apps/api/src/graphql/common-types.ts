/**
 * GraphQL types several modules share. They live below the modules so that no module reaches
 * into another for them.
 */
import { LANGUAGES } from '@anju/domain';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
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

@ObjectType({ description: 'A file to download (Excel), base64-encoded.' })
export class FileDownload {
  @Field(() => String, { description: 'Suggested file name.' })
  filename!: string;

  @Field(() => String, { description: 'MIME type.' })
  contentType!: string;

  @Field(() => String, { description: 'File content, base64.' })
  base64!: string;
}
