import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description:
    'A small file sent inline, base64-encoded. The request body is capped at 1 MB: larger files go through `POST /uploads`, then `uploadId`.',
})
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

@InputType({ description: 'A document from pasted text, an inline file or an upload: exactly one of `text`, `file` and `uploadId`.' })
export class AddDocumentInput {
  @Field(() => String, { nullable: true, description: 'Title; defaults to the first heading, else the file name.' })
  @IsOptional()
  @MaxLength(300, { message: 'A title has at most 300 characters.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Pasted text (Markdown welcome).' })
  @IsOptional()
  text?: string | null;

  @Field(() => FileUploadInput, { nullable: true, description: 'A .txt, .md, .csv, .html or .pdf file, base64 inline (small files).' })
  @IsOptional()
  file?: FileUploadInput | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A file received by `POST /uploads` (yours, in this workspace, within the hour); consumed by this call.',
  })
  @IsOptional()
  uploadId?: string | null;
}
