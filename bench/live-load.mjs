// Load tool for live streams (Node, no dependencies): opens N server-sent-event streams on a live page, spread over
// one or more instances, while a poster publishes a post every interval through the first instance. Reports, as
// JSON on stdout, post-commit → event-received latency over every reader, posts lost and duplicated, then a
// reconnect storm: every stream dropped while posts go on, all reconnecting at once with Last-Event-ID.
//
//   node bench/live-load.mjs --bases http://127.0.0.1:8089/api/v1[,http://127.0.0.1:8189/api/v1] --page SLUG --key KEY \
//        [--readers 10000] [--posts 60] [--interval 1000] [--storm-posts 5] [--phase steady|all]
import http from 'node:http';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs, []));
const bases = args.bases.split(',');
const page = args.page;
const key = args.key;
const readerCount = Number(args.readers ?? 10000);
const postCount = Number(args.posts ?? 60);
const interval = Number(args.interval ?? 1000);
const stormPosts = Number(args['storm-posts'] ?? 5);
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
const log = (...m) => process.stderr.write(m.join(' ') + '\n');

/** One reader: its stream, the posts it got in order, and the last event id it saw. */
class Reader {
  constructor(n) {
    this.base = bases[n % bases.length];
    this.received = [];      // post ids, in arrival order
    this.at = new Map();     // post id → arrival time (first)
    this.duplicates = 0;
    this.lastId = null;
    this.request = null;
  }

  open() {
    return new Promise(resolve => {
      const headers = { Accept: 'text/event-stream' };
      if (this.lastId) headers['Last-Event-ID'] = this.lastId;
      const request = http.get(`${this.base}/articles/${page}/live/stream`, { agent, headers }, response => {
        if (response.statusCode !== 200) {
          response.resume();
          resolve(false);
          return;
        }
        response.setEncoding('utf8');
        let buffer = '';
        let opened = false;
        response.on('data', chunk => {
          buffer += chunk;
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (!opened && frame.startsWith('retry:')) {
              opened = true;
              resolve(true);
            }
            this.frame(frame);
          }
        });
        response.on('error', () => {});
      });
      request.on('error', () => resolve(false));
      this.request = request;
    });
  }

  frame(frame) {
    let id = null, type = null, data = '';
    for (const line of frame.split('\n')) {
      if (line.startsWith('id: ')) id = line.slice(4);
      else if (line.startsWith('event: ')) type = line.slice(7);
      else if (line.startsWith('data: ')) data += line.slice(6);
    }
    if (id) this.lastId = id;
    if (type !== 'live-post.published') return;
    const post = JSON.parse(data).id;
    if (this.at.has(post)) {
      this.duplicates++;
      return;
    }
    this.at.set(post, performance.now());
    this.received.push(post);
  }

  drop() {
    this.request?.destroy();
  }
}

async function openAll(readers, concurrency = 250) {
  let next = 0, failed = 0;
  async function worker() {
    while (next < readers.length) {
      const reader = readers[next++];
      let ok = false;
      for (let attempt = 0; attempt < 20 && !ok; attempt++) {
        ok = await reader.open();
        if (!ok) {
          failed++;
          await sleep(200);
        }
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return failed;
}

/** Posts one through the first instance: its id, when it was sent and when the write was answered (committed). */
function post(title) {
  const body = JSON.stringify({ title, status: 'published',
    body: [{ type: 'paragraph', content: [{ type: 'text', text: `${title}: posted by the live benchmark.` }] }] });
  const sent = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(`${bases[0]}/articles/${page}/live/posts`, { method: 'POST', agent,
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } },
    response => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', chunk => text += chunk);
      response.on('end', () => response.statusCode === 201
        ? resolve({ id: JSON.parse(text).id, sent, answered: performance.now() })
        : reject(new Error(`post answered ${response.statusCode}: ${text}`)));
    });
    request.on('error', reject);
    request.end(body);
  });
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

function percentile(sorted, p) {
  return sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.floor(p / 100 * sorted.length))];
}

function latencies(readers, posts, from) {
  const values = [];
  for (const reader of readers) for (const p of posts) {
    const at = reader.at.get(p.id);
    if (at !== undefined) values.push(at - p[from]);
  }
  values.sort((a, b) => a - b);
  return { p50: round(percentile(values, 50)), p99: round(percentile(values, 99)), max: round(values[values.length - 1]), n: values.length };
}

const round = x => x === null || x === undefined ? null : Math.round(x * 10) / 10;

/** Readers missing a post, or holding posts out of the order they were published in. */
function gaps(readers, posts) {
  let lost = 0, disordered = 0;
  for (const reader of readers) {
    const order = posts.map(p => reader.received.indexOf(p.id));
    lost += order.filter(i => i < 0).length;
    const seen = order.filter(i => i >= 0);
    if (seen.some((i, k) => k > 0 && i < seen[k - 1])) disordered++;
  }
  return { lost, disordered };
}

async function main() {
  const readers = Array.from({ length: readerCount }, (_, n) => new Reader(n));
  let began = performance.now();
  const refusedOpens = await openAll(readers);
  const connectSeconds = round((performance.now() - began) / 1000);
  log(`${readerCount} streams open in ${connectSeconds} s (${refusedOpens} refused attempts)`);
  process.stdout.write(JSON.stringify({ phase: 'connected', readers: readerCount, connectSeconds, refusedOpens }) + '\n');
  await waitForLine();   // the driver samples memory and read rates with readers connected, then says go

  const posts = [];
  for (let n = 0; n < postCount; n++) {
    const tick = performance.now();
    posts.push(await post(`Benchmark post ${n + 1}`));
    await sleep(Math.max(0, interval - (performance.now() - tick)));
  }
  await sleep(5000);
  const steady = {
    phase: 'steady', readers: readerCount, posts: posts.length,
    fromCommit: latencies(readers, posts, 'answered'), fromSend: latencies(readers, posts, 'sent'),
    duplicates: readers.reduce((sum, r) => sum + r.duplicates, 0), ...gaps(readers, posts),
  };
  process.stdout.write(JSON.stringify(steady) + '\n');
  if (args.phase === 'steady') process.exit(0);

  // The storm: every stream dropped, posts go on meanwhile, then everyone reconnects at once with Last-Event-ID.
  readers.forEach(r => r.drop());
  await sleep(500);
  const missed = [];
  for (let n = 0; n < stormPosts; n++) missed.push(await post(`Missed post ${n + 1}`));
  began = performance.now();
  const stormRefused = await openAll(readers, readerCount);
  const last = missed[missed.length - 1].id;
  while (readers.some(r => !r.at.has(last)) && performance.now() - began < 60000) await sleep(50);
  const current = readers.filter(r => r.at.has(last)).length;
  const storm = {
    phase: 'storm', readers: readerCount, missedPosts: missed.length, refusedOpens: stormRefused,
    secondsUntilAllCurrent: round((performance.now() - began) / 1000), current,
    duplicates: readers.reduce((sum, r) => sum + r.duplicates, 0), ...gaps(readers, [...posts, ...missed]),
  };
  process.stdout.write(JSON.stringify(storm) + '\n');
  readers.forEach(r => r.drop());
  process.exit(0);
}

/** Waits for a line on stdin (the driver's go). */
function waitForLine() {
  return new Promise(resolve => {
    process.stdin.setEncoding('utf8');
    process.stdin.once('data', () => resolve());
  });
}

main().catch(error => {
  log(error.stack);
  process.exit(1);
});
