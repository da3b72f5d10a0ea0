const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface FormattedDateProps {
  /** An ISO 8601 date-time, as the API sends them. */
  value: string;
  withTime?: boolean;
}

/** A date in the reader's locale and time zone; the exact moment shows on hover. */
export function FormattedDate({ value, withTime = false }: FormattedDateProps) {
  const date = new Date(value);
  return (
    <time dateTime={value} title={dateTimeFormat.format(date)}>
      {(withTime ? dateTimeFormat : dateFormat).format(date)}
    </time>
  );
}
