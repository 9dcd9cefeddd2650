// Drives the standalone IVS emulator with the AWS SDK for JavaScript v3 (IVS, IVS Real-Time and IVS Chat's control
// plane), as a user of another language would, and checks that its answers (shapes, ARNs, error names, HTTP
// statuses, request ids, paging) come through as they do for the Java SDK in the emulator's own tests.
//
//   node check.mjs path/to/ivs-emulator-<version>-standalone.jar
//
// Exits 0 when every check passes, 1 otherwise.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import assert from 'node:assert/strict';
import * as ivs from '@aws-sdk/client-ivs';
import * as rt from '@aws-sdk/client-ivs-realtime';
import * as chat from '@aws-sdk/client-ivschat';

const jar = process.argv[2];
if (!jar) {
  console.error('usage: node check.mjs path/to/ivs-emulator-standalone.jar');
  process.exit(2);
}

const emulator = spawn('java', ['-jar', jar, '--port', '0', '--region', 'us-west-2'], { stdio: ['ignore', 'pipe', 'inherit'] });
const endpoint = await new Promise((resolve, reject) => {
  const lines = createInterface({ input: emulator.stdout });
  lines.once('line', (line) => resolve(line.trim()));
  emulator.once('exit', (code) => reject(new Error(`the emulator exited with ${code} before it printed its endpoint`)));
});

const credentials = { accessKeyId: 'js-check', secretAccessKey: 'js-check-secret' };
const clientFor = (Client, region) => new Client({ endpoint, region, credentials, maxAttempts: 1 });
const lowLatency = clientFor(ivs.IvsClient, 'us-west-2');
const realTime = clientFor(rt.IVSRealTimeClient, 'us-west-2');
const elsewhere = clientFor(rt.IVSRealTimeClient, 'eu-west-1');
const rooms = clientFor(chat.IvschatClient, 'us-west-2');

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

async function refused(promise, name, status) {
  try {
    await promise;
  } catch (e) {
    assert.equal(e.name, name);
    assert.equal(e.$metadata.httpStatusCode, status);
    assert.match(e.$metadata.requestId ?? '', /.+/, 'a request id');
    assert.ok(e.message && e.message.length > 0, 'a message');
    return e;
  }
  assert.fail(`expected ${name}`);
}

const send = (client, Command, input) => client.send(new Command(input));

try {
  let stage;
  await check('CreateStage with initial tokens answers in the signed region', async () => {
    const out = await send(realTime, rt.CreateStageCommand, {
      name: 'js-stage', tags: { app: 'js' },
      participantTokenConfigurations: [{ userId: 'kit', capabilities: ['PUBLISH', 'SUBSCRIBE'] }, { userId: 'bob', capabilities: ['SUBSCRIBE'] }],
    });
    stage = out.stage;
    assert.match(stage.arn, /^arn:aws:ivs:us-west-2:123456789012:stage\/[A-Za-z0-9]{12}$/);
    assert.equal(out.participantTokens.length, 2);
    assert.deepEqual(out.participantTokens[1].capabilities, ['SUBSCRIBE']);
    assert.ok(out.participantTokens[0].expirationTime instanceof Date);
    assert.match(stage.endpoints.whip, /^https:\/\//);
  });

  await check('GetStage, UpdateStage and tags round-trip', async () => {
    const got = await send(realTime, rt.GetStageCommand, { arn: stage.arn });
    assert.equal(got.stage.name, 'js-stage');
    const updated = await send(realTime, rt.UpdateStageCommand, { arn: stage.arn, name: 'renamed' });
    assert.equal(updated.stage.name, 'renamed');
    await send(realTime, rt.TagResourceCommand, { resourceArn: stage.arn, tags: { tier: 'gold' } });
    await send(realTime, rt.UntagResourceCommand, { resourceArn: stage.arn, tagKeys: ['app'] });
    const tags = await send(realTime, rt.ListTagsForResourceCommand, { resourceArn: stage.arn });
    assert.deepEqual(tags.tags, { tier: 'gold' });
  });

  await check('CreateParticipantToken limits come back as AWS validation errors', async () => {
    const token = await send(realTime, rt.CreateParticipantTokenCommand, { stageArn: stage.arn, userId: 'cara', duration: 20160 });
    assert.equal(token.participantToken.duration, 20160);
    assert.equal(token.participantToken.token.split('.').length, 3);
    const e = await refused(send(realTime, rt.CreateParticipantTokenCommand, { stageArn: stage.arn, duration: 20161 }),
      'ValidationException', 400);
    assert.match(e.message, /duration/);
  });

  await check('a missing stage is ResourceNotFoundException (404)', async () => {
    await refused(send(realTime, rt.GetStageCommand, { arn: 'arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh' }),
      'ResourceNotFoundException', 404);
  });

  await check('regions are kept apart', async () => {
    const listed = await send(elsewhere, rt.ListStagesCommand, {});
    assert.ok(!listed.stages.some((s) => s.arn === stage.arn));
    await refused(send(elsewhere, rt.GetStageCommand, { arn: stage.arn }), 'ResourceNotFoundException', 404);
  });

  await check('ListStages pages with opaque tokens', async () => {
    for (let i = 0; i < 5; i++) {
      await send(realTime, rt.CreateStageCommand, { name: `page-${i}` });
    }
    const seen = [];
    for await (const page of rt.paginateListStages({ client: realTime, pageSize: 2 }, {})) {
      assert.ok(page.stages.length <= 2);
      seen.push(...page.stages.map((s) => s.arn));
    }
    assert.equal(new Set(seen).size, seen.length);
    assert.ok(seen.length >= 6);
  });

  await check('encoder and storage configurations, a composition to a channel, and its conflicts', async () => {
    const encoder = await send(realTime, rt.CreateEncoderConfigurationCommand, { name: 'hd', video: { width: 1280, height: 720, framerate: 30, bitrate: 2500000 } });
    assert.equal(encoder.encoderConfiguration.video.framerate, 30);
    const storage = await send(realTime, rt.CreateStorageConfigurationCommand, { s3: { bucketName: 'js-bucket' } });
    const channel = await send(lowLatency, ivs.CreateChannelCommand, { name: 'js-out' });
    const started = await send(realTime, rt.StartCompositionCommand, {
      stageArn: stage.arn,
      destinations: [{ channel: { channelArn: channel.channel.arn, encoderConfigurationArn: encoder.encoderConfiguration.arn } },
        { s3: { storageConfigurationArn: storage.storageConfiguration.arn, encoderConfigurationArns: [encoder.encoderConfiguration.arn] } }],
    });
    assert.equal(started.composition.state, 'STARTING');
    const got = await send(realTime, rt.GetCompositionCommand, { arn: started.composition.arn });
    assert.equal(got.composition.state, 'ACTIVE');
    await refused(send(realTime, rt.DeleteEncoderConfigurationCommand, { arn: encoder.encoderConfiguration.arn }), 'ConflictException', 409);
    const stream = await send(lowLatency, ivs.GetStreamCommand, { channelArn: channel.channel.arn });
    assert.equal(stream.stream.state, 'LIVE');
    await send(realTime, rt.StopCompositionCommand, { arn: started.composition.arn });
    const listed = await send(realTime, rt.ListCompositionsCommand, { filterByStageArn: stage.arn });
    assert.equal(listed.compositions[0].state, 'STOPPED');
    await send(realTime, rt.DeleteEncoderConfigurationCommand, { arn: encoder.encoderConfiguration.arn });
  });

  await check('a quota breach is ServiceQuotaExceededException (402)', async () => {
    const channel = await send(lowLatency, ivs.CreateChannelCommand, { name: 'one-key-only' });
    await refused(send(lowLatency, ivs.CreateStreamKeyCommand, { channelArn: channel.channel.arn }), 'ServiceQuotaExceededException', 402);
  });

  let channel;
  await check('CreateChannel gives the signed region in ARNs, keys and URLs', async () => {
    const out = await send(lowLatency, ivs.CreateChannelCommand, { name: 'js-channel', type: 'ADVANCED_HD', authorized: true });
    channel = out.channel;
    assert.match(channel.arn, /^arn:aws:ivs:us-west-2:/);
    assert.match(out.streamKey.value, /^sk_us-west-2_/);
    assert.match(channel.playbackUrl, /\.us-west-2\.playback\.live-video\.net\/.*\.m3u8$/);
    assert.equal(channel.preset, 'HIGHER_BANDWIDTH_DELIVERY');
  });

  await check('an offline channel is ChannelNotBroadcasting (404) for GetStream and StopStream', async () => {
    await refused(send(lowLatency, ivs.GetStreamCommand, { channelArn: channel.arn }), 'ChannelNotBroadcasting', 404);
    await refused(send(lowLatency, ivs.StopStreamCommand, { channelArn: channel.arn }), 'ChannelNotBroadcasting', 404);
  });

  await check('the control API makes a channel live; metadata, sessions and StopStream follow', async () => {
    const response = await fetch(`${endpoint}/_emulator/simulate/stream-start`, { method: 'POST', body: JSON.stringify({ channelArn: channel.arn }) });
    assert.equal(response.status, 200);
    await send(lowLatency, ivs.PutMetadataCommand, { channelArn: channel.arn, metadata: 'hello' });
    await refused(send(lowLatency, ivs.PutMetadataCommand, { channelArn: channel.arn, metadata: 'x'.repeat(1025) }), 'ValidationException', 400);
    const live = await send(lowLatency, ivs.ListStreamsCommand, { filterBy: { health: 'HEALTHY' } });
    assert.ok(live.streams.some((s) => s.channelArn === channel.arn));
    await refused(send(lowLatency, ivs.DeleteChannelCommand, { arn: channel.arn }), 'ConflictException', 409);
    await send(lowLatency, ivs.StopStreamCommand, { channelArn: channel.arn });
    const sessions = await send(lowLatency, ivs.ListStreamSessionsCommand, { channelArn: channel.arn });
    assert.equal(sessions.streamSessions.length, 1);
    assert.ok(sessions.streamSessions[0].endTime instanceof Date);
    const session = await send(lowLatency, ivs.GetStreamSessionCommand, { channelArn: channel.arn });
    assert.equal(session.streamSession.channel.arn, channel.arn);
  });

  await check('BatchGetChannel reports the missing ones per item', async () => {
    const missing = 'arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh';
    const out = await send(lowLatency, ivs.BatchGetChannelCommand, { arns: [channel.arn, missing] });
    assert.equal(out.channels.length, 1);
    assert.equal(out.errors[0].arn, missing);
    assert.equal(out.errors[0].code, 'ResourceNotFoundException');
  });

  await check('recording configurations in use cannot be deleted', async () => {
    const recording = await send(lowLatency, ivs.CreateRecordingConfigurationCommand, { destinationConfiguration: { s3: { bucketName: 'js-recordings' } } });
    assert.equal(recording.recordingConfiguration.state, 'ACTIVE');
    await send(lowLatency, ivs.UpdateChannelCommand, { arn: channel.arn, recordingConfigurationArn: recording.recordingConfiguration.arn });
    await refused(send(lowLatency, ivs.DeleteRecordingConfigurationCommand, { arn: recording.recordingConfiguration.arn }), 'ConflictException', 409);
    await send(lowLatency, ivs.DeleteChannelCommand, { arn: channel.arn });
    await send(lowLatency, ivs.DeleteRecordingConfigurationCommand, { arn: recording.recordingConfiguration.arn });
  });

  await check('a body the model refuses is a SerializationException or ValidationException, never a 5xx', async () => {
    await refused(send(lowLatency, ivs.CreateChannelCommand, { name: 'has spaces' }), 'ValidationException', 400);
  });

  await check('IVS Chat: rooms and logging configurations in the signed region, tags by ARN, paging', async () => {
    const logs = await send(rooms, chat.CreateLoggingConfigurationCommand, { destinationConfiguration: { s3: { bucketName: 'js-chat-logs' } } });
    assert.match(logs.arn, /^arn:aws:ivschat:us-west-2:123456789012:logging-configuration\/[A-Za-z0-9]{12}$/);
    assert.equal(logs.state, 'ACTIVE');
    const room = await send(rooms, chat.CreateRoomCommand, { name: 'js-room', loggingConfigurationIdentifiers: [logs.arn], tags: { app: 'js' } });
    assert.match(room.arn, /^arn:aws:ivschat:us-west-2:123456789012:room\/[A-Za-z0-9]{12}$/);
    assert.equal(room.maximumMessageLength, 500);
    assert.ok(room.createTime instanceof Date);
    await send(rooms, chat.TagResourceCommand, { resourceArn: room.arn, tags: { tier: 'gold' } });
    const tags = await send(rooms, chat.ListTagsForResourceCommand, { resourceArn: room.arn });
    assert.deepEqual(tags.tags, { app: 'js', tier: 'gold' });
    await refused(send(rooms, chat.DeleteLoggingConfigurationCommand, { identifier: logs.arn }), 'ConflictException', 409);
    for (let i = 0; i < 3; i++) {
      await send(rooms, chat.CreateRoomCommand, { name: `page-${i}` });
    }
    const seen = [];
    let nextToken;
    do {
      const page = await send(rooms, chat.ListRoomsCommand, { maxResults: 2, nextToken });
      seen.push(...page.rooms.map((r) => r.arn));
      nextToken = page.nextToken;
    } while (nextToken);
    assert.equal(new Set(seen).size, 4);
  });

  await check('IVS Chat: tokens, messaging operations and their errors', async () => {
    const room = await send(rooms, chat.CreateRoomCommand, { name: 'js-tokens' });
    const token = await send(rooms, chat.CreateChatTokenCommand, { roomIdentifier: room.arn, userId: 'kit', capabilities: ['SEND_MESSAGE'], sessionDurationInMinutes: 180 });
    assert.match(token.token, /^[A-Za-z0-9_-]+$/);
    assert.ok(token.sessionExpirationTime > token.tokenExpirationTime);
    const e = await refused(send(rooms, chat.CreateChatTokenCommand, { roomIdentifier: room.arn, userId: 'kit', sessionDurationInMinutes: 181 }), 'ValidationException', 400);
    assert.equal(e.reason, 'FIELD_VALIDATION_FAILED');
    const sent = await send(rooms, chat.SendEventCommand, { roomIdentifier: room.arn, eventName: 'poll', attributes: { q: 'tuna?' } });
    assert.match(sent.id, /^[A-Za-z0-9]{12}$/);
    await send(rooms, chat.DisconnectUserCommand, { roomIdentifier: room.arn, userId: 'kit' });
    await send(rooms, chat.DeleteRoomCommand, { identifier: room.arn });
    const missing = await refused(send(rooms, chat.GetRoomCommand, { identifier: room.arn }), 'ResourceNotFoundException', 404);
    assert.equal(missing.resourceType, 'ROOM');
  });
} finally {
  lowLatency.destroy();
  realTime.destroy();
  elsewhere.destroy();
  rooms.destroy();
  emulator.kill('SIGTERM');
}

console.log(`\n${passed} passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
