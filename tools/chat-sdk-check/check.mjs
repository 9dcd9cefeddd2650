// Drives the standalone IVS emulator's chat plane with the official IVS Chat messaging SDK for JavaScript
// (amazon-ivs-chat-messaging), unmodified, as a browser app uses it: chat tokens from the control plane through the
// AWS SDK for JavaScript v3 (@aws-sdk/client-ivschat), ChatRoom connections to the emulator's messaging endpoint,
// messages, moderation, events, the message review handler (an HTTP endpoint in this script, in the role of the
// review Lambda) and the room's deletion.
//
//   node --experimental-websocket check.mjs path/to/ivs-emulator-<version>-standalone.jar
//
// The SDK uses the WebSocket global of browsers; Node 20 has it behind --experimental-websocket (Node 22 always).
// Exits 0 when every check passes, 1 otherwise.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import assert from 'node:assert/strict';
import * as chat from '@aws-sdk/client-ivschat';
import { ChatRoom, SendMessageRequest, DeleteMessageRequest, DisconnectUserRequest } from 'amazon-ivs-chat-messaging';

const jar = process.argv[2];
if (!jar) {
  console.error('usage: node --experimental-websocket check.mjs path/to/ivs-emulator-standalone.jar');
  process.exit(2);
}
if (typeof WebSocket === 'undefined') {
  console.error('no WebSocket global: run with node --experimental-websocket (Node 20) or Node 22+');
  process.exit(2);
}

// The review "Lambda": denies what mentions "forbidden", rewrites "cat" to "kitty", allows the rest.
const reviewed = [];
const reviewer = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => { body += chunk; });
  request.on('end', () => {
    const event = JSON.parse(body);
    reviewed.push({ event, handler: request.headers['x-ivs-review-handler'] });
    let verdict = { ReviewResult: 'ALLOW', Content: event.Content, Attributes: event.Attributes };
    if (event.Content.includes('forbidden')) {
      verdict = { ReviewResult: 'DENY', Attributes: { Reason: 'no forbidden words' } };
    } else if (event.Content.includes('cat')) {
      verdict = { ReviewResult: 'ALLOW', Content: event.Content.replaceAll('cat', 'kitty'), Attributes: { ...event.Attributes, reviewed: 'yes' } };
    }
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(verdict));
  });
});
await new Promise((resolve) => reviewer.listen(0, '127.0.0.1', resolve));
const reviewUrl = `http://127.0.0.1:${reviewer.address().port}/review`;

// A generous review time limit: this script may run on a busy CI machine (IVS's own limit is 200 ms).
const emulator = spawn('java', ['-jar', jar, '--port', '0', '--region', 'eu-west-1', '--chat-review-url', reviewUrl,
  '--chat-review-timeout', 'PT10S'], { stdio: ['ignore', 'pipe', 'inherit'] });
const endpoint = await new Promise((resolve, reject) => {
  const lines = createInterface({ input: emulator.stdout });
  lines.once('line', (line) => resolve(line.trim()));
  emulator.once('exit', (code) => reject(new Error(`the emulator exited with ${code} before it printed its endpoint`)));
});
const info = await (await fetch(`${endpoint}/_emulator/info`)).json();
const messagingEndpoint = info.chatMessagingEndpoint;

const region = 'eu-west-1';
const client = new chat.IvschatClient({ endpoint, region, credentials: { accessKeyId: 'chat-check', secretAccessKey: 'secret' }, maxAttempts: 1 });
const send = (Command, input) => client.send(new Command(input));

let passed = 0;
const failures = [];
async function check(name, body) {
  try {
    await body();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failures.push(name);
    console.log(`FAIL ${name}: ${e.stack || e}`);
  }
}

const silent = { debug() {}, info() {}, error() {} };
const within = (promise, what, ms = 10000) => Promise.race([promise,
  new Promise((_, reject) => setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms))]);
const next = (room, eventName, predicate = () => true) => within(new Promise((resolve) => {
  const remove = room.addListener(eventName, (value) => {
    if (predicate(value)) {
      remove();
      resolve(value);
    }
  });
}), `${eventName} event`);

async function connect(roomArn, userId, capabilities, attributes) {
  const room = new ChatRoom({
    regionOrUrl: messagingEndpoint,
    maxReconnectAttempts: 0,
    tokenProvider: async () => {
      const t = await send(chat.CreateChatTokenCommand, { roomIdentifier: roomArn, userId, capabilities, attributes, sessionDurationInMinutes: 30 });
      return { token: t.token, sessionExpirationTime: t.sessionExpirationTime, tokenExpirationTime: t.tokenExpirationTime };
    },
  });
  room.logger = silent;
  const connected = next(room, 'connect');
  room.connect();
  await connected;
  return room;
}

const rooms = [];
try {
  let roomArn;
  await check('CreateRoom with a review handler answers in the signed region', async () => {
    const created = await send(chat.CreateRoomCommand, {
      name: 'sdk-check', maximumMessageLength: 100,
      messageReviewHandler: { uri: 'arn:aws:lambda:eu-west-1:123456789012:function:review' },
    });
    roomArn = created.arn;
    assert.match(roomArn, /^arn:aws:ivschat:eu-west-1:123456789012:room\/[A-Za-z0-9]{12}$/);
    assert.equal(created.messageReviewHandler.fallbackResult, 'ALLOW');
  });

  let host;
  let guest;
  let viewer;
  await check('three ChatRooms of the official SDK connect with their chat tokens', async () => {
    host = await connect(roomArn, 'host', ['SEND_MESSAGE', 'DELETE_MESSAGE', 'DISCONNECT_USER'], { role: 'host' });
    guest = await connect(roomArn, 'guest', ['SEND_MESSAGE'], { displayName: 'Guest' });
    viewer = await connect(roomArn, 'viewer', [], {});
    rooms.push(host, guest, viewer);
    assert.equal(viewer.state, 'connected');
  });

  let hello;
  await check('a message reaches every client, its sender included, with the sender and its attributes', async () => {
    const atViewer = next(viewer, 'message', (m) => m.content === 'hello');
    const atGuest = next(guest, 'message', (m) => m.content === 'hello');
    hello = await within(host.sendMessage(new SendMessageRequest('hello', { lang: 'en' })), 'sendMessage');
    assert.equal(hello.sender.userId, 'host');
    assert.deepEqual(hello.sender.attributes, { role: 'host' });
    assert.deepEqual(hello.attributes, { lang: 'en' });
    assert.match(hello.id, /^[A-Za-z0-9]{12}$/);
    assert.ok(hello.sendTime instanceof Date);
    const seen = await atViewer;
    assert.equal(seen.id, hello.id);
    assert.equal((await atGuest).sender.userId, 'host');
  });

  await check('the review handler got the Lambda event and rewrote a message', async () => {
    const rewritten = await within(guest.sendMessage(new SendMessageRequest('my cat', { mood: 'happy' })), 'sendMessage');
    assert.equal(rewritten.content, 'my kitty');
    assert.deepEqual(rewritten.attributes, { mood: 'happy', reviewed: 'yes' });
    const event = reviewed.find((r) => r.event.Content === 'my cat');
    assert.ok(event, 'the reviewer was asked');
    assert.equal(event.handler, 'arn:aws:lambda:eu-west-1:123456789012:function:review');
    assert.equal(event.event.RoomArn, roomArn);
    assert.equal(event.event.MessageId, rewritten.id);
    assert.equal(event.event.Sender.UserId, 'guest');
    assert.deepEqual(event.event.Sender.Attributes, { displayName: 'Guest' });
    assert.match(event.event.Sender.Ip, /^(127\.0\.0\.1|::1|0:0:0:0:0:0:0:1)$/);
  });

  await check('a denied message is error 406 with the reason, and reaches nobody', async () => {
    let delivered = false;
    const remove = viewer.addListener('message', (m) => { if (m.content.includes('forbidden')) delivered = true; });
    const error = await within(guest.sendMessage(new SendMessageRequest('forbidden words')).then(
      () => assert.fail('expected a refusal'), (e) => e), 'refusal');
    assert.equal(error.errorCode, 406);
    assert.match(error.errorMessage, /no forbidden words/);
    await within(host.sendMessage(new SendMessageRequest('after')), 'sendMessage');
    remove();
    assert.equal(delivered, false);
  });

  await check('sending without SEND_MESSAGE is 403; a message over the room\'s maximumMessageLength is 400', async () => {
    const forbidden = await viewer.sendMessage(new SendMessageRequest('hi')).then(() => assert.fail('expected 403'), (e) => e);
    assert.equal(forbidden.errorCode, 403);
    const tooLong = await host.sendMessage(new SendMessageRequest('x'.repeat(101))).then(() => assert.fail('expected 400'), (e) => e);
    assert.equal(tooLong.errorCode, 400);
  });

  await check('the moderator deletes a message: every client gets messageDelete', async () => {
    const atGuest = next(guest, 'messageDelete', (e) => e.messageId === hello.id);
    const deleted = await within(host.deleteMessage(new DeleteMessageRequest(hello.id, 'off topic')), 'deleteMessage');
    assert.equal(deleted.messageId, hello.id);
    assert.equal(deleted.reason, 'off topic');
    assert.equal((await atGuest).reason, 'off topic');
    const refused = await guest.deleteMessage(new DeleteMessageRequest(hello.id)).then(() => assert.fail('expected 403'), (e) => e);
    assert.equal(refused.errorCode, 403);
  });

  await check('SendEvent and DeleteMessage of the API reach the connected clients', async () => {
    const event = next(viewer, 'event', (e) => e.eventName === 'poll');
    const sent = await send(chat.SendEventCommand, { roomIdentifier: roomArn, eventName: 'poll', attributes: { question: 'Tuna or salmon?' } });
    const got = await event;
    assert.equal(got.id, sent.id);
    assert.deepEqual(got.attributes, { question: 'Tuna or salmon?' });
    const deletion = next(viewer, 'messageDelete', (e) => e.messageId === 'abcdefABCDEF');
    await send(chat.DeleteMessageCommand, { roomIdentifier: roomArn, id: 'abcdefABCDEF', reason: 'by the backend' });
    assert.equal((await deletion).reason, 'by the backend');
  });

  await check('the moderator disconnects a user: userDisconnect for all, and the user\'s room disconnects', async () => {
    const atViewer = next(viewer, 'userDisconnect', (e) => e.userId === 'guest');
    const guestGone = next(guest, 'disconnect');
    const done = await within(host.disconnectUser(new DisconnectUserRequest('guest', 'spam')), 'disconnectUser');
    assert.equal(done.userId, 'guest');
    assert.equal((await atViewer).reason, 'spam');
    assert.equal(await guestGone, 'serverDisconnect');
    assert.equal(guest.state, 'disconnected');
    assert.equal(host.state, 'connected');
  });

  await check('DisconnectUser of the API disconnects the viewer', async () => {
    const viewerGone = next(viewer, 'disconnect');
    await send(chat.DisconnectUserCommand, { roomIdentifier: roomArn, userId: 'viewer', reason: 'bye' });
    assert.equal(await viewerGone, 'serverDisconnect');
  });

  await check('a token connects once: reusing one is refused before the upgrade', async () => {
    const t = await send(chat.CreateChatTokenCommand, { roomIdentifier: roomArn, userId: 'twice' });
    const first = new WebSocket(messagingEndpoint, t.token);
    await within(new Promise((resolve, reject) => { first.onopen = resolve; first.onerror = () => reject(new Error('refused')); }), 'open');
    assert.equal(first.protocol, t.token);
    const second = new WebSocket(messagingEndpoint, t.token);
    await within(new Promise((resolve, reject) => { second.onopen = () => reject(new Error('opened')); second.onerror = resolve; }), 'refusal');
    first.close(1000);
  });

  await check('DeleteRoom disconnects the room\'s clients; the room is gone', async () => {
    const hostGone = next(host, 'disconnect');
    await send(chat.DeleteRoomCommand, { identifier: roomArn });
    assert.equal(await hostGone, 'serverDisconnect');
    try {
      await send(chat.GetRoomCommand, { identifier: roomArn });
      assert.fail('expected ResourceNotFoundException');
    } catch (e) {
      assert.equal(e.name, 'ResourceNotFoundException');
      assert.equal(e.$metadata.httpStatusCode, 404);
    }
  });
} finally {
  rooms.forEach((room) => room.disconnect());
  client.destroy();
  reviewer.close();
  emulator.kill('SIGTERM');
}

console.log(`\n${passed} passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
