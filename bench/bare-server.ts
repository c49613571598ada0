import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';

/** A recorded HTTP response: what the API answered to one benchmark request. */
export interface RecordedResponse {
  status: number;
  headers: Record<string, string>;
  /** The body, base64. */
  body: string;
}

/**
 * The floor of the benchmark: a bare node:http server that reads each request and answers the response the API gave
 * to it, byte for byte (status, headers, body), doing nothing else. `node bare-server.js <response.json>` prints
 * `{"port":N}` once it listens on 127.0.0.1.
 */
function main(): void {
  const recorded = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as RecordedResponse;
  const body = Buffer.from(recorded.body, 'base64');
  const headers = { ...recorded.headers, 'content-length': String(body.length) };
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(recorded.status, headers);
      res.end(body);
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(0, '127.0.0.1', () => {
    console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

main();
