// A client in its own process for the memory test, so only the API's work counts in the
// API's RSS. Streams a generated multipart upload, or a download into a SHA-256; prints JSON.
//   node http-stream-client.mjs upload <url> <headers-json> <size>
//   node http-stream-client.mjs download <url> <headers-json>
import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const [mode, url, headersJson, sizeArg] = process.argv.slice(2);
const headers = JSON.parse(headersJson);

function generated(size) {
  let offset = 0;
  return new Readable({
    read() {
      if (offset >= size) return void this.push(null);
      const chunk = Buffer.allocUnsafe(Math.min(65536, size - offset));
      for (let i = 0; i < chunk.length; i++) chunk[i] = ((offset + i) * 2654435761) & 0xff;
      offset += chunk.length;
      this.push(chunk);
    },
  });
}

async function* multipart(boundary, size) {
  yield Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="call.wav"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  yield* generated(size);
  yield Buffer.from(`\r\n--${boundary}--\r\n`);
}

const send = (options, body) =>
  new Promise((resolve, reject) => {
    const req = request(url, options);
    req.once('response', resolve).once('error', reject);
    if (body) pipeline(body, req).catch(reject);
    else req.end();
  });

if (mode === 'upload') {
  const boundary = `----loved${randomBytes(8).toString('hex')}`;
  const response = await send(
    {
      method: 'POST',
      headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    },
    Readable.from(multipart(boundary, Number(sizeArg))),
  );
  let body = '';
  for await (const chunk of response) body += chunk;
  process.stdout.write(JSON.stringify({ status: response.statusCode, body: JSON.parse(body) }));
} else {
  const response = await send({ headers });
  const hash = createHash('sha256');
  for await (const chunk of response) hash.update(chunk);
  process.stdout.write(JSON.stringify({ status: response.statusCode, sha256: hash.digest('hex') }));
}
