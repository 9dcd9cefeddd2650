// Plays an HLS URL with hls.js in headless Chromium (Debian's, or $CHROMIUM) and prints what happened as one line of
// JSON: the variants hls.js parsed, the video's size and position, the ID3 tags it found, and any errors. The page is
// served from another port than the stream, so the stream's CORS headers are exercised too. It stops once the video
// has played 2 s and a metadata tag arrived, or after the given seconds.
// Usage: node check.mjs <playback URL> [seconds]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const url = process.argv[2];
const seconds = Number(process.argv[3] || 20);
const hlsJs = fs.readFileSync(path.join(here, 'node_modules/hls.js/dist/hls.min.js'));
const page = `<!doctype html><html><body><video id="v" muted autoplay playsinline></video>
<script src="/hls.min.js"></script><script>
window.report = {errors: [], metadata: [], fatal: null, levels: null};
const video = document.getElementById('v');
const hls = new Hls({debug: false});
hls.on(Hls.Events.MANIFEST_PARSED, (e, d) => { report.levels = d.levels.map(l => ({w: l.width, h: l.height, codecs: l.codecSet || l.attrs.CODECS})); video.play().catch(err => report.errors.push('play: ' + err)); });
hls.on(Hls.Events.FRAG_PARSING_METADATA, (e, d) => { for (const s of d.samples) { report.metadata.push(Array.from(s.data).map(c => String.fromCharCode(c)).join('')); } });
hls.on(Hls.Events.ERROR, (e, d) => { report.errors.push(d.type + ':' + d.details); if (d.fatal) report.fatal = d.details; });
hls.loadSource(${JSON.stringify(url)});
hls.attachMedia(video);
</script></body></html>`;
const server = http.createServer((req, res) => {
  if (req.url === '/hls.min.js') { res.writeHead(200, {'content-type': 'text/javascript'}); res.end(hlsJs); return; }
  res.writeHead(200, {'content-type': 'text/html'}); res.end(page);
});
await new Promise(r => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required']});
let result;
try {
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    result = await tab.evaluate(() => ({...window.report, currentTime: document.getElementById('v').currentTime, width: document.getElementById('v').videoWidth, height: document.getElementById('v').videoHeight, canH264: document.createElement('video').canPlayType('video/mp4; codecs="avc1.42E01E"'), mse: MediaSource.isTypeSupported('video/mp4; codecs="avc1.42E01E,mp4a.40.2"')}));
    if (result.fatal || (result.currentTime > 2 && result.metadata.length > 0)) break;
    await new Promise(r => setTimeout(r, 250));
  }
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(result));
