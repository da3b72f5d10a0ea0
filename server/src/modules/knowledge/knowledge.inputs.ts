import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A file sent inline, base64-encoded (a GraphQL request has no multipart body).' })
export class FileUploadInput {
  @Field({ description: 'Original file name; its extension is checked against the content.' })
  @Matches(/\S/, { message: 'The file needs a name.' })
  @MaxLength(255, { message: 'A file name has at most 255 characters.' })
  filename!: string;

  @Field(() => String, { nullable: true, description: "The browser's idea of its type; the content decides." })
  @IsOptional()
  @MaxLength(100)
  mimeType?: string | null;

  @Field({ description: 'The bytes, base64-encoded.' })
  contentBase64!: string;
}

@InputType({ description: 'A document from pasted text or from a file: exactly one of `text` and `file`.' })
export class AddDocumentInput {
  @Field(() => String, { nullable: true, description: 'Title; defaults to the first heading, else the file name.' })
  @IsOptional()
  @MaxLength(300, { message: 'A title has at most 300 characters.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Pasted text (Markdown welcome).' })
  @IsOptional()
  text?: string | null;

  @Field(() => FileUploadInput, { nullable: true, description: 'An uploaded .txt, .md, .csv, .html or .pdf file.' })
  @IsOptional()
  file?: FileUploadInput | null;
}
