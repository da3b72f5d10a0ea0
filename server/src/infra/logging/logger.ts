import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from '../../config/env';
import { activeTraceIds } from '../tracing/tracing';

export type { Logger };

/** pino-pretty is a development dependency: the production image does not ship it, and logs stay JSON there. */
function prettyPrinterInstalled(): boolean {
  try {
    require.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

/** JSON logs in production (one object per line for the log shipper), pretty lines on a developer's terminal. */
export function createLogger(config: Pick<Config, 'logLevel' | 'logPretty'>, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: config.logLevel,
    // trace_id and span_id while a span is active (OTEL_EXPORTER_OTLP_ENDPOINT set): a log line leads to its trace.
    mixin: activeTraceIds,
    // Secrets must never reach the logs, even at debug level.
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.newPassword',
        '*.currentPassword',
      ],
      censor: '[redacted]',
    },
    ...(config.logPretty && prettyPrinterInstalled()
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } }
      : {}),
  };
  // Tests read what the production logger writes, redaction included.
  return destination ? pino(options, destination) : pino(options);
}
