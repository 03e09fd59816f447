#!/usr/bin/env node
// An external tool using only fetch and an API token: create a ticket, move it, read its history.
//   TICKETING_URL=http://127.0.0.1:3000 TICKETING_TOKEN=tkt_… node examples/external-tool.mjs TSK
const base = `${process.env.TICKETING_URL ?? 'http://127.0.0.1:3000'}/api/v1`;
const token = process.env.TICKETING_TOKEN;
const projectKey = process.argv[2] ?? 'TSK';
if (!token) {
  console.error('Set TICKETING_TOKEN to an API token (POST /api/v1/auth/tokens).');
  process.exit(2);
}

async function call(method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const payload = await response.json();
  // Every error has the same shape: { error, message, details }.
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${payload.error}: ${payload.message}`);
  return payload;
}

const created = await call('POST', '/tickets', {
  projectKey,
  title: 'Nightly build failed',
  priority: 'high',
  labels: ['ci'],
});
console.log(`created ${created.key} (${created.status})`);

// Send the version you read: a stale one gets 409 E_CONFLICT instead of overwriting someone's change.
const moved = await call('POST', `/tickets/${created.key}/transition`, {
  version: created.version,
  status: 'in_progress',
});
console.log(`moved ${moved.key} to ${moved.status}`);

const history = await call('GET', `/tickets/${created.key}/history`);
for (const entry of history) {
  console.log(`${entry.createdAt} ${entry.actor.name}: ${entry.action}${entry.field ? ` ${entry.field}` : ''}`);
}
console.log(
  JSON.stringify({ key: moved.key, status: moved.status, historyActions: history.map((entry) => entry.action) }),
);
