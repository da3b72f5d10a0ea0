import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const COMPRESSIBLE = /\.(js|mjs|css|svg|ttf|json)$/;
// Below this the compressed file saves less than a request's headers.
const MIN_BYTES = 1024;
// Not the maximum (11): on monaco's megabytes that took a minute per build for a few per cent.
const BROTLI_QUALITY = 9;

/**
 * Build only: writes a `.br` and a `.gz` beside every compressible asset, at high levels (done once per
 * build, not per request). The server sends them to browsers that accept them (server/src/http/client-app.ts);
 * without them every chunk went out uncompressed.
 */
export function precompressAssets(): Plugin {
  return {
    name: 'askbase:precompress-assets',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? '';
      const files = Object.values(bundle).filter((file) => file.fileName.startsWith('assets/') && COMPRESSIBLE.test(file.fileName));
      await Promise.all(
        files.map(async (file) => {
          const content = Buffer.from(file.type === 'chunk' ? file.code : file.source);
          if (content.length < MIN_BYTES) return;
          const target = path.join(outDir, file.fileName);
          const [br, gz] = await Promise.all([
            brotli(content, {
              params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
            }),
            gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          await Promise.all([writeFile(`${target}.br`, br), writeFile(`${target}.gz`, gz)]);
        }),
      );
    },
  };
}
