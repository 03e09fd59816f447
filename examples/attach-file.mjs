#!/usr/bin/env node
// Attach a file from disk to a ticket using only fetch and an API token (read and write scopes):
//   TICKETING_URL=http://127.0.0.1:3000 TICKETING_TOKEN=tkt_… node examples/attach-file.mjs TSK-1001 ./crash.log
// The bytes go straight to storage (S3 or the server's own /files), never through the API.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';

const server = process.env.TICKETING_URL ?? 'http://127.0.0.1:3000';
const token = process.env.TICKETING_TOKEN;
const [ticketKey, path] = process.argv.slice(2);
if (!token || !ticketKey || !path) {
  console.error('Usage: TICKETING_TOKEN=tkt_… node examples/attach-file.mjs <TICKET-KEY> <file>');
  process.exit(2);
}

const types = {
  '.txt': 'text/plain',
  '.log': 'text/plain',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.zip': 'application/zip',
};

async function call(method, route, body) {
  const response = await fetch(`${server}/api/v1${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const payload = await response.json();
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${payload.error}: ${payload.message}`);
  return payload;
}

const bytes = await readFile(path);
// 1. Ask for an upload URL; the server checks the size, the type and that you may edit the ticket.
const upload = await call('POST', `/tickets/${ticketKey}/attachments`, {
  fileName: basename(path),
  contentType: types[extname(path).toLowerCase()] ?? 'application/octet-stream',
  size: bytes.length,
  sha256: createHash('sha256').update(bytes).digest('hex'),
});
// 2. PUT the bytes there with exactly the headers given (the URL is relative for the local storage).
const put = await fetch(new URL(upload.uploadUrl, server), {
  method: upload.method,
  headers: upload.headers,
  body: bytes,
});
if (!put.ok) throw new Error(`upload refused: ${put.status} ${await put.text()}`);
// 3. Complete: the server checks size and SHA-256, then adds it to the ticket.
const attachment = await call('POST', `/attachments/${upload.attachmentId}/complete`);
console.log(
  JSON.stringify({ id: attachment.id, fileName: attachment.fileName, size: attachment.size, state: attachment.state }),
);
