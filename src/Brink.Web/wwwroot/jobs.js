// Long runs as jobs (docs/api.md, Jobs): start with a POST, poll progress, cancel with DELETE. One progress bar and
// one Cancel button per page; the promise settles with the result, or null when cancelled.
import { ApiError } from './api.js';

const pollMilliseconds = 150;

async function call(method, path, body, type) {
  const init = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) { init.body = body; init.headers['Content-Type'] = type; }
  const response = await fetch(path, init);
  const text = await response.text();
  const value = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, value);
  return value;
}

export function deleteJson(path) {
  return call('DELETE', path);
}

export function postJob(path, body, type = 'application/json') {
  return call('POST', path, body, type);
}

// ui: { box, bar, cancel, status } elements. The box shows while the job runs.
export async function runJob(start, ui) {
  let job = await start();
  ui.box.hidden = false;
  ui.cancel.disabled = false;
  ui.bar.value = 0;
  ui.status.textContent = 'running';
  const cancel = async () => {
    ui.cancel.disabled = true;
    job = await deleteJson(`/api/jobs/${job.id}`);
  };
  ui.cancel.onclick = cancel;
  try {
    while (job.state === 'running') {
      await new Promise(resolve => setTimeout(resolve, pollMilliseconds));
      const now = await call('GET', `/api/jobs/${job.id}`);
      if (job.state === 'running') job = now;
      ui.bar.value = job.progress;
      ui.bar.textContent = `${Math.round(job.progress * 100)}%`;
      if (job.state === 'running') ui.status.textContent = `${job.done} of ${job.total}`;
    }
  } finally {
    ui.cancel.disabled = true;
    ui.cancel.onclick = null;
  }
  ui.status.textContent = job.state === 'done' ? 'done' : job.state === 'cancelled' ? 'cancelled; nothing was recorded' : `failed: ${job.error}`;
  ui.status.dataset.state = job.state;
  if (job.state === 'failed') throw new Error(job.error);
  return job.state === 'done' ? job.result : null;
}

export function jobUi(prefix) {
  const $ = id => document.getElementById(id);
  return { box: $(`${prefix}-job`), bar: $(`${prefix}-progress`), cancel: $(`${prefix}-cancel`), status: $(`${prefix}-status`) };
}
